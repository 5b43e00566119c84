/* auth_handlers.h: the auth module's HTTP handlers (JSON and pages); its routes are in auth_module.c. */
#ifndef DIEUHANH_AUTH_HANDLERS_H
#define DIEUHANH_AUTH_HANDLERS_H

#include "http/request.h"

#include <jansson.h>

#include "auth/auth.h"

void api_session_get(struct http_request *req);
void api_session_create(struct http_request *req);
void api_session_delete(struct http_request *req);
void api_session_password(struct http_request *req);
void api_tokens_list(struct http_request *req);
void api_tokens_create(struct http_request *req);
void api_tokens_revoke(struct http_request *req);
void api_users_list(struct http_request *req);
void api_users_create(struct http_request *req);
void api_users_update(struct http_request *req);
void api_users_grant(struct http_request *req);
void api_users_revoke_grant(struct http_request *req);
json_t *api_principal_json(const struct principal *p);

void page_login(struct http_request *req);
void page_login_post(struct http_request *req);
void page_logout(struct http_request *req);
void page_account(struct http_request *req);
void page_account_password(struct http_request *req);
void page_account_token_create(struct http_request *req);
void page_account_token_revoke(struct http_request *req);
void page_admin_users(struct http_request *req);
void page_admin_user_create(struct http_request *req);
void page_admin_user(struct http_request *req);
void page_admin_user_state(struct http_request *req);
void page_admin_user_password(struct http_request *req);
void page_admin_user_grant(struct http_request *req);
void page_admin_user_revoke(struct http_request *req);
#endif
