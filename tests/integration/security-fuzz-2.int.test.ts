// Fuzzing, part 2 of 2 (the suite: tests/security/fuzz-suite.ts; split so both workers run it).
import { fuzzSuite } from "../security/fuzz-suite";

fuzzSuite(1, 2);
