/* reception_demo.h: the demo's reception calendar (called by src/demo/demo.c). */
#ifndef DIEUHANH_RECEPTION_DEMO_H
#define DIEUHANH_RECEPTION_DEMO_H

struct store;

/* Inside the demo's transaction, after the units; 0, or -1 when something was refused. */
int reception_demo_load(struct store *st);

#endif
