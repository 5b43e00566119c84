/* feedback_demo.h: the demo's citizen feedback (called by src/demo/demo.c). */
#ifndef DIEUHANH_FEEDBACK_DEMO_H
#define DIEUHANH_FEEDBACK_DEMO_H

struct store;

/*
 * Inside the demo's transaction, after the units: routing rules (each ward
 * answers its own reports; flooding goes to urban management, land to
 * natural resources) and a year of reports up to today across the 13 wards,
 * through the service as the system.  0, or -1 when something was refused.
 */
int feedback_demo_load(struct store *st);

#endif
