// The shape of an event rule: one data entry per way a report expresses a PLOVER event, with its own examples.
// ../rule-events.ts interprets rules; test/events/rules.test.ts runs every example; docs/rules.md explains the syntax.
import type { Modality, PloverEvent } from '../../record.js';

export interface RuleExample {
  /** A sentence of our own (never a corpus sentence). */
  text: string;
  /** The exact evidence text the rule yields. */
  evidence: string;
  /** Entity names (as the entity stage names them) expected as actor and recipient. */
  actor: string[];
  recipient: string[];
}

export interface EventRule {
  id: string;
  event: PloverEvent;
  mode: string | null;
  /** Token pattern (src/grammar/compile.ts); [ ] marks the trigger, whose head finds the roles. */
  match: string;
  /** svo: subject acts on object; ovs: object acts on subject ("X hosted Y"); all: everyone named acts together. */
  roles: 'svo' | 'ovs' | 'all';
  /** Prepositions whose object is the recipient when there is no direct object (default: on, against, to, with, toward, from). */
  recipientPreps?: string[];
  /** Both sides do it to each other: with no party named, the report's two main sides are the parties. */
  symmetric?: boolean;
  /** The act is done by saying it (a threat, a demand): a condition in its content does not make it hypothetical. */
  saidAct?: boolean;
  /** With no party of its own, the act belongs to the clause's subject, else to whoever says it ("X said the attack
   * would not go unanswered"). */
  spokenBy?: boolean;
  /** A demand told as the content of what a party says ("Moscow said Kyiv must withdraw"): the speaker of the reported
   * clause asks, the clause's subject is asked; the demand is made by saying it, whatever the content's modality. */
  saidBy?: boolean;
  /** A meeting (default: every CONSULT rule): the subject of the clause a time phrase with the trigger qualifies takes
   * part ("during talks with X, Y said"), and a city modifying the trigger is its place, not a party ("the Berlin talks"). */
  meeting?: boolean;
  /** The modality the words themselves carry, whatever the clause says ("ended without a deal" is negated by definition). */
  modality?: Modality;
  /** A deal named as a noun ("the ceasefire agreement between X and Y"), or fighting named as one ("the invasion",
   * "border clashes"), exists: a goal clause around it ("met to reinforce the ceasefire agreement", "talks to end the
   * invasion") tells what is done with it later, not that it is still to come. One only spoken of as possible, with no
   * party of its own ("if a deal is reached", "if clashes break out"), is no event. */
  named?: boolean;
  /** A noun that after "the/this/that" usually points back to an event already told ("the attack"): so opened, it
   * yields only with parties of its own phrase (a possessor, a party modifying it, its by/between phrase, or a target
   * hanging on it), not with the subject of the clause around it. */
  refersBack?: boolean;
  /** A command ("ordered the army to ..."): given to one's own side only, it is an order, not a request of a party,
   * so it yields no event (./counterpart.ts drops it once the sides are known). */
  command?: boolean;
  /** The fewest parties the words must name themselves ("Kenya and Somalia discussed": 2), lent sides not counted. */
  minParties?: number;
  /** One line: why this rule exists. */
  why: string;
  yes: RuleExample[];
  /** Sentences where the rule must not yield its event. */
  no: string[];
}
