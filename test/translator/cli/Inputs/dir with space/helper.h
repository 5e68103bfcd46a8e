/* a header of depfile.c, in a directory whose name has a space */
int helper(void);
