/**
 * Summaries: the extractive article summary ({@link org.stancekit.summary.Summarizer}), the sentences
 * per actor and per issue, the plain-English stance sentences
 * ({@link org.stancekit.summary.StanceSentences}), and ROUGE ({@link org.stancekit.summary.Rouge}) with
 * its evaluation on CNN/DailyMail articles ({@link org.stancekit.summary.SummaryEval}).
 */
@NullMarked
package org.stancekit.summary;

import org.jspecify.annotations.NullMarked;
