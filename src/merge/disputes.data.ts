// What a claim's figure is about, read from the words next to it: claims of one kind about different subjects
// (security guarantees vs the plan; a press appearance vs the meeting) are not rival values. `main` cues name the
// kind's usual subject (topic null); the nearest cue to the figure decides. Cues after the figure count double the
// distance, since the subject usually comes first ("the plan is 90% agreed").
export interface TopicCue { topic: string | null; pattern: RegExp }

const cue = (topic: string | null, words: string): TopicCue => ({ topic, pattern: new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'giu') });

export const CLAIM_TOPICS: Record<string, TopicCue[]> = {
  'agreement-percent': [
    cue(null, 'plan|framework|deal|agreement|accord|document|draft|text'),
    cue('security guarantees', 'security guarantees?|guarantees?'),
  ],
  'duration-minutes': [
    cue(null, 'meeting|summit|talks|conversation|discussions?|session|negotiations?|call|deliberations?'),
    cue('press appearance', 'press conference|news conference|press appearance|appearance before the press|appearance|remarks to (?:the )?(?:press|reporters)|statements? to the press|briefing'),
  ],
};

/** Words just before a figure that make it a bound: "more than three hours" is at least 180 minutes. */
export const LOWER_BOUND = /\b(?:more than|over|at least|upwards of|in excess of|longer than)\s*$/i;
export const UPPER_BOUND = /\b(?:less than|under|up to|nearly|almost|just under|at most|fewer than|shorter than)\s*$/i;

/** How far (UTF-16 units) either side of a figure its subject is looked for, within its sentence. */
export const TOPIC_WINDOW = 150;
