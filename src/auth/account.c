/* account.c: role names and the rules for logins and passwords. */
#include "auth/account.h"
#include "auth/auth.h"

#include <ctype.h>
#include <string.h>

static const char *const role_names[ROLE_COUNT] = {
	[ROLE_OFFICER] = "officer",
	[ROLE_UNIT_HEAD] = "unit_head",
	[ROLE_LEADER] = "leader",
	[ROLE_SUPERVISOR] = "supervisor",
	[ROLE_ADMIN] = "admin",
};

const char *role_name(enum role r)
{
	return (unsigned)r < ROLE_COUNT ? role_names[r] : "unknown";
}

int role_parse(const char *s)
{
	if (s == NULL)
		return -1;
	for (int r = 0; r < ROLE_COUNT; r++)
		if (strcmp(role_names[r], s) == 0)
			return r;
	return -1;
}

bool auth_login_valid(const char *login)
{
	size_t n = login ? strlen(login) : 0;
	if (n < AUTH_LOGIN_MIN || n > AUTH_LOGIN_MAX)
		return false;
	for (const char *p = login; *p; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p)
		    && *p != '.' && *p != '-' && *p != '_')
			return false;
	return true;
}

const char *auth_password_problem(const char *password)
{
	size_t n = password ? strlen(password) : 0;
	if (n < AUTH_PASSWORD_MIN)
		return "The password must have at least 10 characters.";
	if (n > AUTH_PASSWORD_MAX)
		return "The password is longer than 1024 bytes.";
	return NULL;
}
