/*
 * token_service.h: API tokens for machine clients, created and revoked by
 * their owner, audited.  The token text exists only in the reply that
 * creates it; the store keeps its SHA-256.
 */
#ifndef DIEUHANH_TOKEN_SERVICE_H
#define DIEUHANH_TOKEN_SERVICE_H

#include <jansson.h>

#include "auth/session.h"
#include "org/org_service.h"

enum { TOKEN_NAME_MAX = 128 };

/*
 * Creates a token named NAME for WHO; TOKEN gets its text, *OUT the record.
 * ORG_FORBIDDEN when WHO came with an API token: a leaked token must not be
 * able to mint offspring that outlive its revocation.
 */
enum org_result token_create(struct store *st, const struct principal *who, const char *name,
                             char token[TOKEN_TEXT_MAX], struct api_token *out);
/* Revokes WHO's token ID (ORG_NOT_FOUND: not theirs, or already revoked). */
enum org_result token_revoke(struct store *st, const struct principal *who, int64_t id);
/* The record as JSON, never the secret. */
json_t *token_json(const struct api_token *t);

#endif
