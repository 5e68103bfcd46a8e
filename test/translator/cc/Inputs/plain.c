/* no suspend function and no builder: the translator copies it unchanged */
int plain_answer(void) { return 42; }
