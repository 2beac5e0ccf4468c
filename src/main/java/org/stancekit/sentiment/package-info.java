/**
 * Sentence, document and actor-targeted sentiment: a target-dependent logistic-regression model
 * trained on NewsMTSC, the project's own opinion lexicon, the trainer and the evaluation.
 */
@NullMarked
package org.stancekit.sentiment;

import org.jspecify.annotations.NullMarked;
