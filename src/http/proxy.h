/*
 * proxy.h: which reverse proxies are trusted, and the client address they
 * report.
 *
 * A proxy appends the address it received the request from to
 * X-Forwarded-For; everything to the left of that came from the client and
 * proves nothing.  So the client is the right-most entry that is not itself
 * a trusted proxy, and the header is read at all only when the connection
 * comes from a trusted proxy.
 */
#ifndef DIEUHANH_HTTP_PROXY_H
#define DIEUHANH_HTTP_PROXY_H

#include <stdbool.h>
#include <stddef.h>

struct sockaddr;

enum { PROXY_MAX_NETS = 32, PROXY_ADDR_TEXT = 46 /* INET6_ADDRSTRLEN */ };

struct proxy_net {
	int family;               /* AF_INET or AF_INET6 */
	unsigned char addr[16];   /* network byte order, host bits cleared */
	unsigned int prefix;      /* bits */
};

struct proxy_list {
	size_t n;
	struct proxy_net nets[PROXY_MAX_NETS];
};

/* The list used when --trust-proxy is given alone: this machine. */
#define PROXY_DEFAULT_TRUSTED "127.0.0.0/8,::1"

/*
 * Parses "127.0.0.1,10.0.0.0/8,::1" (addresses or CIDR networks, IPv4 or
 * IPv6, separated by commas and/or spaces).  False, with the offending
 * entry in ERR, when an entry is not one.
 */
bool proxy_list_parse(const char *text, struct proxy_list *out, char *err, size_t errlen);
/* Is the address in text form ADDR in one of L's networks? */
bool proxy_list_has_text(const struct proxy_list *l, const char *addr);
/* Is the socket address SA in one of L's networks? */
bool proxy_list_has_sockaddr(const struct proxy_list *l, const struct sockaddr *sa);

/*
 * The client address X-Forwarded-For reports, given that the request came
 * from a trusted proxy: walking from the right, the first entry that is not
 * a trusted proxy; the left-most when all are.  An entry that is not an
 * address stops the walk at the entry to its right (the last one a trusted
 * proxy wrote).  OUT (PROXY_ADDR_TEXT bytes) gets the canonical text; false
 * when XFF holds no address at all.
 */
bool proxy_client_from_xff(const struct proxy_list *l, const char *xff, char *out);

#endif
