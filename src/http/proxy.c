/* proxy.c: trusted reverse proxies and X-Forwarded-For (see proxy.h). */
#include "http/proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

/* Parses one address into FAMILY/ADDR; false when it is not one. */
static bool parse_addr(const char *s, size_t len, int *family, unsigned char addr[16])
{
	char buf[PROXY_ADDR_TEXT + 1];
	if (len == 0 || len > PROXY_ADDR_TEXT)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	memset(addr, 0, 16);
	if (inet_pton(AF_INET, buf, addr) == 1) {
		*family = AF_INET;
		return true;
	}
	if (inet_pton(AF_INET6, buf, addr) == 1) {
		*family = AF_INET6;
		/* An IPv4-mapped address is the IPv4 address. */
		static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
		if (memcmp(addr, mapped, 12) == 0) {
			memmove(addr, addr + 12, 4);
			memset(addr + 4, 0, 12);
			*family = AF_INET;
		}
		return true;
	}
	return false;
}

static bool net_has(const struct proxy_net *n, int family, const unsigned char addr[16])
{
	if (n->family != family)
		return false;
	unsigned int full = n->prefix / 8, rest = n->prefix % 8;
	if (memcmp(n->addr, addr, full) != 0)
		return false;
	if (rest == 0)
		return true;
	unsigned char mask = (unsigned char)(0xff << (8 - rest));
	return (n->addr[full] & mask) == (addr[full] & mask);
}

static bool list_has(const struct proxy_list *l, int family, const unsigned char addr[16])
{
	for (size_t i = 0; i < l->n; i++)
		if (net_has(&l->nets[i], family, addr))
			return true;
	return false;
}

static bool parse_net(const char *s, size_t len, struct proxy_net *n)
{
	const char *slash = memchr(s, '/', len);
	size_t alen = slash ? (size_t)(slash - s) : len;
	if (!parse_addr(s, alen, &n->family, n->addr))
		return false;
	unsigned int max = n->family == AF_INET ? 32 : 128;
	n->prefix = max;
	if (slash) {
		size_t plen = len - alen - 1;
		if (plen == 0 || plen > 3)
			return false;
		unsigned int p = 0;
		for (size_t i = 0; i < plen; i++) {
			char c = slash[1 + i];
			if (c < '0' || c > '9')
				return false;
			p = p * 10 + (unsigned int)(c - '0');
		}
		if (p > max)
			return false;
		n->prefix = p;
	}
	/* Clear the host bits, so 10.1.2.3/8 means 10.0.0.0/8. */
	for (unsigned int bit = n->prefix; bit < 128; bit++)
		n->addr[bit / 8] &= (unsigned char)~(0x80u >> (bit % 8));
	return true;
}

bool proxy_list_parse(const char *text, struct proxy_list *out, char *err, size_t errlen)
{
	out->n = 0;
	const char *p = text;
	for (;;) {
		p += strspn(p, ", \t");
		if (*p == '\0')
			break;
		size_t len = strcspn(p, ", \t");
		if (out->n == PROXY_MAX_NETS) {
			snprintf(err, errlen, "more than %d entries", PROXY_MAX_NETS);
			return false;
		}
		if (!parse_net(p, len, &out->nets[out->n])) {
			snprintf(err, errlen, "'%.*s' is not an address or a network (ADDR/BITS)",
			         (int)(len > 64 ? 64 : len), p);
			return false;
		}
		out->n++;
		p += len;
	}
	if (out->n == 0) {
		snprintf(err, errlen, "the list is empty");
		return false;
	}
	return true;
}

bool proxy_list_has_text(const struct proxy_list *l, const char *addr)
{
	int family;
	unsigned char a[16];
	return parse_addr(addr, strlen(addr), &family, a) && list_has(l, family, a);
}

bool proxy_list_has_sockaddr(const struct proxy_list *l, const struct sockaddr *sa)
{
	unsigned char a[16] = { 0 };
	if (sa == NULL)
		return false;
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
		memcpy(a, &in->sin_addr, 4);
		return list_has(l, AF_INET, a);
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
		char text[PROXY_ADDR_TEXT];
		inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
		return proxy_list_has_text(l, text);
	}
	return false;
}

static void to_text(int family, const unsigned char addr[16], char *out)
{
	inet_ntop(family, addr, out, PROXY_ADDR_TEXT);
}

bool proxy_client_from_xff(const struct proxy_list *l, const char *xff, char *out)
{
	bool any = false;
	int family;
	unsigned char addr[16];
	size_t end = strlen(xff);
	while (end > 0) {
		size_t start = end;
		while (start > 0 && xff[start - 1] != ',')
			start--;
		size_t a = start, b = end;
		while (a < b && (xff[a] == ' ' || xff[a] == '\t'))
			a++;
		while (b > a && (xff[b - 1] == ' ' || xff[b - 1] == '\t'))
			b--;
		if (!parse_addr(xff + a, b - a, &family, addr))
			return any;   /* OUT holds the entry to its right, if any */
		to_text(family, addr, out);
		any = true;
		if (!list_has(l, family, addr))
			return true;
		end = start > 0 ? start - 1 : 0;
	}
	return any;
}
