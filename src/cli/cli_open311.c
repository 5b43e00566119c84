/*
 * cli_open311.c: dieuhanh open311 key add NAME | key list | key revoke ID.
 *
 * The same service as the administrators' page (/open311/keys), as the
 * system: the key is printed once on standard output, only its hash is kept.
 */
#include "cli/cli.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "feedback/feedback_service.h"
#include "http/request.h"
#include "store/store.h"
#include "util/arena.h"

const char cli_open311_usage[] =
	"Usage: dieuhanh open311 key add NAME [--per-hour N]\n"
	"                                         issue a key for a client application; prints it\n"
	"                                         (N reports an hour; default DIEUHANH_OPEN311_PER_HOUR)\n"
	"       dieuhanh open311 key list         the keys (names, dates, revoked or not)\n"
	"       dieuhanh open311 key revoke ID    revoke a key\n"
	"Each takes --db URL and --audit-key FILE.\n";

int cli_open311(struct store *st, int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[0], "key") != 0) {
		fputs(cli_open311_usage, stderr);
		return 2;
	}
	struct arena a = { 0 };
	int rc = 1;
	const char *sub = argv[1];
	int64_t per_hour = 0;
	bool per_hour_ok = argc == 5 && strcmp(argv[3], "--per-hour") == 0
	                   && http_parse_int(argv[4], 1, FB_KEY_PER_HOUR_MAX, &per_hour) == HTTP_INT_OK;
	if (strcmp(sub, "add") == 0 && (argc == 3 || per_hour_ok)) {
		struct open311_key k;
		const char *plain = NULL;
		struct org_error err = { 0 };
		enum org_result r = feedback_key_add(st, &a, &principal_system, argv[2], (int)per_hour,
		                                     &k, &plain, &err);
		if (r == ORG_OK) {
			printf("%s\n", plain);
			fprintf(stderr, "open311 key %lld \"%s\" issued; it is not shown again\n",
			        (long long)k.id, k.name);
			rc = 0;
		} else {
			fprintf(stderr, "dieuhanh: %s\n", err.detail ? err.detail : "the key could not be stored");
		}
	} else if (strcmp(sub, "list") == 0 && argc == 2) {
		struct open311_key *keys;
		size_t n;
		if (feedback_keys(st, &a, &keys, &n) == STORE_OK) {
			for (size_t i = 0; i < n; i++)
				printf("%lld\t%s\t%s\t%s\t%d/hour\n", (long long)keys[i].id, keys[i].name,
				       keys[i].created_by, keys[i].revoked_at ? "revoked" : "in use",
				       keys[i].per_hour ? keys[i].per_hour : feedback_open311_hourly_limit());
			rc = 0;
		}
	} else if (strcmp(sub, "revoke") == 0 && argc == 3) {
		int64_t id = http_parse_id(argv[2]);
		enum org_result r = id ? feedback_key_revoke(st, &a, &principal_system, id) : ORG_NOT_FOUND;
		if (r == ORG_OK)
			rc = 0;
		else
			fprintf(stderr, "dieuhanh: no key %s\n", argv[2]);
	} else {
		fputs(cli_open311_usage, stderr);
		rc = 2;
	}
	arena_free(&a);
	return rc;
}
