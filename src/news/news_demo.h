/* news_demo.h: the demo's articles (called by src/demo/demo.c inside its transaction). */
#ifndef DIEUHANH_NEWS_DEMO_H
#define DIEUHANH_NEWS_DEMO_H

#include <stdbool.h>

struct store;
struct arena;

/* Loads the articles; false (after saying why on stderr) when one fails. */
bool news_demo_load(struct store *st, struct arena *a);

#endif
