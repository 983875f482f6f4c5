/**
 * Property tests (fast-check) draw their inputs from one fixed seed, so a test's verdict is the same on every
 * run and machine (non-negotiable 7). A failure found with another seed is kept as an example test.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261130, numRuns: 500 });
