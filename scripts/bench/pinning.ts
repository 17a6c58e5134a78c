// Which CPU does what: the target gets one core and the generator the other, so neither steals from the
// other and a generator's CPU time is only its own work.
export const TARGET_CPU = 0;
export const GENERATOR_CPU = 1;
