/**
 * The matching engine of match runs: pure Java, no database, no HTTP.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * MatchingProblem problem = new MatchingProblem(form, RunScope.SCHOOL, MentorshipShape.GROUP,
 *         mentors, mentees, excludedPairs, weights);          // weights null = ScoreWeights.DEFAULT
 * MatchResult result = new MatchingSolver().solve(problem);  // stateless, thread-safe
 * }</pre>
 *
 * <h2>Input</h2>
 * The caller selects the candidates (a consent in force, a filled questionnaire) and builds one
 * {@link ru.nastavnik.matching.solver.MentorCandidate} or {@link ru.nastavnik.matching.solver.MenteeCandidate} per
 * person from the participant's profile: competencies, requests and difficulties as stored; availability through
 * {@link ru.nastavnik.matching.solver.Availability#parse(String)}; the grade through
 * {@link ru.nastavnik.matching.solver.FormRules#gradeOf(String)} of "grade or position"; preferences from the
 * latest post-meeting ranking (ids of the other side, best first); whether the person is already in an active
 * mentorship of the run's form. The solver sorts everything by id, so order does not matter.
 *
 * <h2>Rules</h2>
 * Hard constraints ({@link ru.nastavnik.matching.solver.HardConstraint}): the form fits both sides
 * ({@link ru.nastavnik.matching.solver.FormRules}: kinds, accepted and desired forms, the form's own rule), nobody
 * already in an active mentorship of the form, one mentee per mentor in a pair run and up to the mentor's capacity
 * in a group run, the same school unless the run is municipal, no pair the curator excluded, nobody their own
 * mentor. The objective is lexicographic: as many mentees matched as possible, then the highest total score. The
 * score is integer points, a weighted sum of criteria each normalised to 0..1
 * ({@link ru.nastavnik.matching.solver.Criterion}, {@link ru.nastavnik.matching.solver.ScoreWeights}).
 *
 * <h2>Output</h2>
 * {@link ru.nastavnik.matching.solver.MatchResult}: the proposed pairs with their explanation (points per
 * criterion, the ranks each side gave), the unmatched mentees with a reason, every mentor's capacity and load, the
 * number of blocking pairs (and the first of them), the weights used and the solver's statistics. Everything is
 * keyed by participant id; nothing personal is copied into the result.
 *
 * <h2>Changes by the curator</h2>
 * {@link ru.nastavnik.matching.solver.MatchingSolver#evaluate} takes an assignment instead of searching for one
 * (after two proposals exchange mentees, say) and returns the same result for it, with the pairs that break a
 * hard constraint refused and named.
 *
 * <h2>Errors</h2>
 * Invalid input throws {@link java.lang.IllegalArgumentException} (a candidate listed twice, a capacity below one,
 * negative or all-zero weights) or {@link java.lang.NullPointerException} (a missing id, school, kind, form, scope
 * or shape); validate requests before building the problem so that users get a problem response instead.
 */
package ru.nastavnik.matching.solver;
