/**
 * What a latest progress update says (PRODUCT §5.1a), as a business manager reads it: progress
 * texts written for this test in the style of real plans (dated update logs, bullet lists, "NEW"
 * markers, mixed tenses), each with the reading a person gives it and the words that decide it.
 * Every class of delivering wording and every class of blocking wording has cases here.
 */
import { readUpdate } from '../../../core/status/readUpdate';
import { resolveProgress } from '../../../core/check/assessAction';
import type { Says } from '../../../core/status/statusTypes';

interface Case {
  /** The class of wording the case stands for. */
  tag: string;
  text: string;
  says: Says;
  /** The decisive words, exactly (null: nothing decides). */
  words: string | null;
  /** The latest entry's date, where the cell is a dated log. */
  entry?: string;
}

const c = (tag: string, text: string, says: Says, words: string | null, entry?: string): Case => ({ tag, text, says, words, entry });

const CASES: Case[] = [
  // ── done: decided and approved ──
  c('decided', 'Terms of reference agreed at the January Executive.', 'done', 'Terms of reference agreed at the January Executive'),
  c('decided', 'Update Nov 18: draft circulated for comment.\nUpdate Feb 19: Protocol signed off at the February board.', 'done', 'Protocol signed off at the February board', '2019-02'),
  c('decided', 'The revised threshold document was ratified by the Partnership on 12 March.', 'done', 'The revised threshold document was ratified by the Partnership on 12 March'),
  c('decided', 'Funding for the post has been secured until 2021.', 'done', 'Funding for the post has been secured until 2021'),
  c('decided', 'All partner agencies endorsed the new escalation procedure in October.', 'done', 'All partner agencies endorsed the new escalation procedure in October'),
  c('decided', 'Recommendations accepted in full by the Board.', 'done', 'Recommendations accepted in full by the Board'),
  c('decided', 'Information sharing agreement has now been signed by all seven partners.', 'done', 'Information sharing agreement has now been signed by all seven partners'),
  c('decided', 'Outcomes framework adopted by the Executive Group (minutes 05/12/18).', 'done', 'Outcomes framework adopted by the Executive Group'),
  c('decided', 'All schools have signed up to Operation Encompass.', 'done', 'All schools have signed up to Operation Encompass'),
  // ── done: made and finished ──
  c('made', 'Audit tool has been designed and tested with two schools.', 'done', 'Audit tool has been designed and tested'),
  c('made', 'Self-assessment returns have been collated and analysed; findings presented to the March Board.', 'done', 'Self-assessment returns have been collated and analysed'),
  c('made', 'Report written and shared with partners.', 'done', 'Report written and shared'),
  c('made', 'Annual report produced, published on the website on 30 September.', 'done', 'Annual report produced, published on the website on 30 September'),
  c('made', 'The section 11 audit concluded in December with 100% of agencies returning.', 'done', 'The section 11 audit concluded in December'),
  c('made', 'Done – guidance in use across all teams', 'done', 'Done'),
  c('made', 'Terms of reference for the Child Death Overview Panel were refreshed and re-issued in July.', 'done', 'for the Child Death Overview Panel were refreshed and re-issued in July'),
  c('made', 'Dashboard refreshed monthly and shared with the Executive.', 'done', 'Dashboard refreshed monthly'),
  c('made', 'The audit was undertaken in November; 11 of 12 recommendations met.', 'done', 'The audit was undertaken in November'),
  c('made', '1. Flowchart updated\n2. Shared with all DSLs at the termly briefing', 'done', 'Flowchart updated'),
  // ── done: put into effect ──
  c('in effect', 'Multi-agency triage went live on 3 June.', 'done', 'Multi-agency triage went live on 3 June'),
  c('in effect', 'Two designated nurses appointed in April.', 'done', 'Two designated nurses appointed in April'),
  c('in effect', 'Lead professional role embedded in the Early Help assessment.', 'done', 'Lead professional role embedded in the Early Help assessment'),
  c('in effect', 'Champions network set up in all secondary schools.', 'done', 'Champions network set up in all secondary schools'),
  c('in effect', 'Single point of contact established in each locality; contact details circulated.', 'done', 'Single point of contact established in each locality'),
  c('in effect', 'Implemented across both hospital trusts.', 'done', 'Implemented across both hospital trusts'),
  c('in effect', 'Update Nov 18: recruitment under way.\nUpdate Feb 19: Both posts filled; first meeting of the new team is on 4 March.', 'done', 'Both posts filled', '2019-02'),
  c('in effect', 'Handbook launched at the Practitioner Forum on 6 June 2018.', 'done', 'Handbook launched at the Practitioner Forum on 6 June 2018'),
  c('in effect', 'Posts recruited to and staff in post since January.', 'done', 'Posts recruited'),
  // ── done: made known and handed over ──
  c('made known', 'Seven-minute briefing issued to all staff via the intranet.', 'done', 'Seven-minute briefing issued to all staff via the intranet'),
  c('made known', 'Learning from the review was cascaded through team meetings in May.', 'done', 'Learning from the review was cascaded through team meetings in May'),
  c('made known', 'Newsletter sent to every school DSL in the autumn term.', 'done', 'Newsletter sent to every school DSL in the autumn term'),
  c('made known', 'Leaflet translated into five community languages and distributed via GP surgeries.', 'done', 'Leaflet translated into five community languages'),
  c('made known', 'Findings reported to the Quality Assurance subgroup, 14/01/19.', 'done', 'Findings reported to the Quality Assurance subgroup'),
  c('made known', 'Every partner has returned the audit.', 'done', 'Every partner has returned the audit'),
  c('made known', 'Data set received from all three health providers.', 'done', 'Data set received from all three health providers'),
  c('made known', 'Practice guidance uploaded to the procedures website.', 'done', 'Practice guidance uploaded to the procedures website'),
  c('made known', 'Agency leads briefed on 12 February.', 'done', 'Agency leads briefed on 12 February'),
  // ── done: events that happened ──
  c('event', 'Workshop ran in May for 40 staff', 'done', 'Workshop ran in May for 40 staff'),
  c('event', 'Conference took place on 21 November with 180 delegates.', 'done', 'Conference took place on 21 November'),
  c('event', 'Two masterclasses held (June and July), attended by 65 practitioners.', 'done', 'Two masterclasses held'),
  c('event', 'Safer recruitment training delivered to 30 head teachers.', 'done', 'Safer recruitment training delivered to 30 head teachers'),
  c('event', 'Event hosted by the youth council in half term', 'done', 'Event hosted by the youth council in half term'),
  c('event', 'The launch event went ahead as planned on 4 March.', 'done', 'The launch event went ahead'),
  // ── done: a result stated as present fact ──
  c('present fact', 'New referral pathway now in place and promoted through the newsletter.', 'done', 'New referral pathway now in place'),
  c('present fact', "Parents' representatives now sit on the Early Help Board.", 'done', "Parents' representatives now sit on the Early Help Board"),
  c('present fact', 'The new MASH operating model is fully operational.', 'done', 'The new MASH operating model is fully operational'),
  c('present fact', 'Youth Justice now part of the exploitation panel.', 'done', 'Youth Justice now part of the exploitation panel'),
  c('present fact', 'Escalation policy in place and understood by frontline managers (audit Jan 19).', 'done', 'Escalation policy in place'),
  c('present fact', 'The Board now has a lay member.', 'done', 'The Board now has a lay member'),
  c('present fact', 'Performance scorecard is up and running and reported quarterly.', 'done', 'Performance scorecard is up and running'),
  c('present fact', 'Case audits now routinely include the voice of the child.', 'done', 'Case audits now routinely include the voice of the child'),
  c('present fact', 'This is now business as usual for the team.', 'done', 'This is now business as usual for the team'),
  c('present fact', 'No further action required – protocol embedded.', 'done', 'No further action required'),
  // ── done: the words of §5.1 ──
  c('complete', 'COMPLETE', 'done', 'COMPLETE'),
  c('complete', 'Update Sept 18: scoping started\nUpdate Jan 19: This action is now complete.', 'done', 'This action is now complete', '2019-01'),
  c('complete', 'Completed ahead of schedule in February.', 'done', 'Completed'),
  c('complete', 'Item considered complete by the subgroup.', 'done', 'Item considered complete'),
  // ── done: what follows a finished piece of work does not unfinish it ──
  c('aftercare', 'Transitions protocol approved in January. Its impact will be monitored through the audit programme.', 'done', 'Transitions protocol approved in January'),
  c('aftercare', 'Steering group established in October and will be chaired by the Director of Public Health.', 'done', 'Steering group established in October'),
  c('aftercare', 'New guidance published; it will help schools respond consistently.', 'done', 'New guidance published'),
  c('aftercare', 'The panel has been set up and will meet monthly.', 'done', 'The panel has been set up'),
  c('aftercare', 'Hub launched in June and will be reviewed annually.', 'done', 'Hub launched in June'),
  // ── NEW markers: the marked part is this quarter's update ──
  c('new marker', 'Draft framework circulated for comment in October. NEW: Framework endorsed by the Executive on 7 February.', 'done', 'Framework endorsed by the Executive on 7 February'),
  c('new marker', 'NEW – consultation closes 31 March; responses to be analysed in April.', 'not-done', 'to be analysed'),
  c('new marker', 'Task group formed in June.\nNEW Update: first report to the Board delayed to April.', 'not-done', 'delayed to April'),
  // ── bullet lists ──
  c('bullets', "• Pathway agreed by Health and Children's Services\n• Briefings delivered to 12 teams\n• Pathway published on the LSCB website", 'done', "Pathway agreed by Health and Children's Services"),
  c('bullets', '- Audit tool drafted\n- Consultation with partners planned for May', 'not-done', 'planned'),
  c('bullets', '• Policy approved\n• Training for managers still to be arranged', 'not-done', 'still to be arranged'),

  // ── carried: moved on to a later plan ──
  c('carried', 'Carried forward to the 2019-20 plan as the new arrangements take effect.', 'carried', 'Carried forward'),
  c('carried', "Deferred to next year's business plan because of the inspection.", 'carried', 'Deferred to next year'),
  c('carried', 'Moved into the new Strategic Plan', 'carried', 'Moved into the new Strategic Plan'),
  c('carried', 'To be picked up in the 2019/20 action plan.', 'carried', 'picked up in the 2019/20 action plan'),
  c('carried', 'Rolled over – to be reviewed by the new partnership.', 'carried', 'Rolled over'),
  c('carried', 'Discussed at the Executive; agreed to defer to next year.', 'carried', 'defer to next year'),
  c('carried', 'Update Mar 19: work will continue in the 2019-20 business plan', 'carried', 'continue in the 2019-20 business plan', '2019-03'),

  // ── not done: negation ──
  c('negation', 'Protocol not yet signed off.', 'not-done', 'not yet signed off'),
  c('negation', 'The pathway has not been agreed by Health.', 'not-done', 'has not been agreed'),
  c('negation', "Training didn't go ahead – trainer unavailable.", 'not-done', "didn't go"),
  c('negation', 'Unable to recruit to the analyst post.', 'not-done', 'Unable to recruit'),
  c('negation', 'No response from the CCG despite reminders.', 'not-done', 'No response'),
  c('negation', 'Leaflets have been printed but are not yet distributed.', 'not-done', 'are not yet distributed'),
  c('negation', 'Cannot yet assure the Board that every action was completed.', 'not-done', 'Cannot yet assure'),
  // ── not done: awaiting ──
  c('awaiting', 'Awaiting sign-off from the Chief Nurse.', 'not-done', 'Awaiting sign-off'),
  c('awaiting', 'Agreed in principle, subject to funding.', 'not-done', 'subject to funding'),
  c('awaiting', 'Update Jan 19: data requested from schools; two returns still outstanding.', 'not-done', 'requested', '2019-01'),
  c('awaiting', 'Pending ratification at the next Board.', 'not-done', 'Pending ratification'),
  c('awaiting', 'Yet to be agreed by all partners.', 'not-done', 'Yet to be agreed'),
  c('awaiting', 'Contract award to follow once procurement closes.', 'not-done', 'to follow'),
  c('awaiting', 'Awaiting confirmation that the pathway has been approved.', 'not-done', 'Awaiting confirmation'),
  c('awaiting', 'Once approved, the strategy will be launched at the conference.', 'not-done', 'Once approved'),
  c('awaiting', 'Has the protocol been agreed? Chased with Health twice.', 'not-done', 'Chased'),
  c('awaiting', 'Approval sought from the Executive.', 'not-done', 'sought'),
  c('awaiting', 'Had been approved by the Executive but the Board asked for changes.', 'not-done', 'asked for changes'),
  c('awaiting', 'Most agencies have returned the audit; two remain outstanding.', 'not-done', 'outstanding'),
  c('awaiting', 'Partially implemented – the north team is yet to start.', 'not-done', 'yet to start'),
  // ── not done: delayed ──
  c('delay', 'Launch delayed until September because of the pre-election period.', 'not-done', 'delayed until September'),
  c('delay', 'Postponed – trainer ill.', 'not-done', 'Postponed'),
  c('delay', 'On hold pending the outcome of the restructure.', 'not-done', 'pending the outcome'),
  c('delay', 'Timescale slipped to Q3 owing to staff sickness.', 'not-done', 'slipped'),
  c('delay', 'Revised deadline of June agreed with the chair.', 'not-done', 'Revised deadline'),
  c('delay', 'Update Oct 18: on track. Update Feb 19: behind schedule, new date to be confirmed.', 'not-done', 'behind schedule', '2019-02'),
  // ── not done: planned ──
  c('planned', 'Will be presented to the Executive in April for approval.', 'not-done', 'Will be presented'),
  c('planned', 'Training planned for the spring term.', 'not-done', 'planned'),
  c('planned', 'Scheduled for the June Board.', 'not-done', 'Scheduled'),
  c('planned', 'It is intended to pilot the tool in two localities.', 'not-done', 'intended to pilot'),
  c('planned', 'The aim is to have the hub operating by April.', 'not-done', 'is to have'),
  c('planned', 'Next steps: agree the data set with Public Health.', 'not-done', 'Next steps'),
  c('planned', 'Proposals to go to the Board in May; arrangements due to be published by 29 June.', 'not-done', 'due to be published'),
  c('planned', 'Meeting arranged for 14 March to agree the approach.', 'not-done', 'arranged'),
  c('planned', 'Expected to be signed off in March.', 'not-done', 'Expected to be signed'),
  c('planned', 'Website to go live in April.', 'not-done', 'to go live'),
  c('planned', 'Audit tool developed. Audit to take place in Q2.', 'not-done', 'to take place'),
  c('planned', 'The group will meet for the first time in April.', 'not-done', 'will meet'),
  c('planned', 'Agreed to develop a joint protocol with Adult Services.', 'not-done', 'Agreed to develop'),
  c('planned', 'Procurement exercise will have been concluded by May.', 'not-done', 'will have been concluded'),
  c('planned', 'If agreed, the service will go live in the summer.', 'not-done', 'will go'),
  c('planned', 'The Board was told the audit would be completed by March.', 'not-done', 'would be completed'),
  c('planned', 'Sign-off expected at the March Board.', 'not-done', 'expected'),
  c('planned', 'Agreed at the January Board that the policy will be rewritten.', 'not-done', 'will be rewritten'),
  c('planned', 'Staff survey completed by 70% of staff; results due in May.', 'not-done', 'due in May'),
  c('planned', 'The policy may need to be revised after the inspection.', 'not-done', 'need to be revised'),
  c('planned', 'Phase 1 delivered; phase 2 to be scoped in the new year.', 'not-done', 'to be scoped'),
  c('planned', 'A meeting about the new protocol has been arranged for April.', 'not-done', 'has been arranged'),
  // ── not done: continuing ──
  c('continuing', 'Still being embedded in practice.', 'not-done', 'Still being embedded'),
  c('continuing', 'Ongoing – quarterly reports to the QA subgroup.', 'not-done', 'Ongoing'),
  c('continuing', 'Work is progressing with the CCG on the commissioning intentions.', 'not-done', 'Work is progressing'),
  c('continuing', 'The subgroup is developing a self-assessment for schools.', 'not-done', 'is developing'),
  c('continuing', 'Continuing to work with the police on joint visits.', 'not-done', 'Continuing to work'),
  c('continuing', 'Under review following the Ofsted feedback.', 'not-done', 'Under review'),
  c('continuing', 'Currently mapping existing provision across the borough.', 'not-done', 'Currently mapping'),
  c('continuing', 'Good progress: 4 of 6 localities have adopted the model.', 'not-done', 'Good progress'),
  c('continuing', 'Update Dec 18: Policy approved.\nUpdate Mar 19: Roll-out in progress across the three localities.', 'not-done', 'in progress', '2019-03'),
  c('continuing', 'Exploring options for a shared training calendar.', 'not-done', 'Exploring'),
  c('continuing', 'Further work needed on the data dashboard.', 'not-done', 'Further work'),
  c('continuing', 'A date is being sought for the launch.', 'not-done', 'sought'),
  c('continuing', 'Training was delivered to 50 staff in the autumn and is now being evaluated.', 'not-done', 'is now being evaluated'),
  c('continuing', 'The protocol was agreed in 2017 and is being refreshed this year.', 'not-done', 'is being refreshed'),
  // ── not done: started, not finished ──
  c('started', 'Work has started on the revised threshold document.', 'not-done', 'has started'),
  c('started', 'Independent review commissioned in January; report expected in April.', 'not-done', 'expected in April'),
  c('started', 'Pilot commenced in two GP practices in February.', 'not-done', 'commenced'),
  c('started', 'Scoping meeting held; project initiated with a steering group.', 'not-done', 'initiated'),
  // ── not done: partial or hedged ──
  c('partial', 'Draft with legal for comment.', 'not-done', 'Draft'),
  c('partial', 'Nearly finished; final checks with the designated doctor.', 'not-done', 'Nearly finished'),
  c('partial', 'First draft of the strategy written and shared with the Executive.', 'not-done', 'First draft'),
  c('partial', 'Training delivered to all teams except the out-of-hours service.', 'not-done', 'except'),
  c('partial', 'Broadly agreed by partners; some wording to settle.', 'not-done', 'Broadly'),
  c('partial', 'Spoke to the chair of the Adults Board; agreed a joint approach in principle.', 'not-done', 'in principle'),
  c('partial', 'Rolled out to all GP practices in the north of the borough; south to follow in spring.', 'not-done', 'to follow'),
  // ── not done: done words about something else (talk about the work) ──
  c('talk', 'Meeting held with the Designated Safeguarding Leads to discuss the toolkit.', 'not-done', null),
  c('talk', 'Initial discussions have taken place with housing colleagues.', 'not-done', null),
  c('talk', 'Emails sent to all partners asking for nominations.', 'not-done', null),
  c('talk', 'Conversations held with three providers about the specification.', 'not-done', null),
  c('talk', 'Received an update from the police on 12 May.', 'not-done', null),
  c('talk', 'Feedback received from two of the five partners.', 'not-done', null),
  c('decided', 'Evidence: minutes of the meeting on 3 May where the protocol was approved.', 'done', 'the protocol was approved'),
  // ── not done: nothing that decides ──
  c('nothing decides', 'The Safeguarding Partnership website', 'not-done', null),
  c('nothing decides', 'Decision taken to commission an external review.', 'not-done', null),
  c('nothing decides', 'Attendance monitored by the training subgroup to ensure the right staff attend.', 'not-done', null),

  // ── no update ──
  c('no update', '', 'no-update', null),
  c('no update', '-', 'no-update', null),
  c('no update', 'No update this quarter.', 'no-update', 'No update this quarter'),
  c('no update', 'Nothing to report', 'no-update', 'Nothing to report'),
];

function read(text: string): { says: Says; words: string | null; entry: string | null } {
  const progress = resolveProgress(text, 4);
  return { ...readUpdate(progress.latest), entry: progress.latestEntry };
}

describe('reading the latest update as a business manager does (§5.1a)', () => {
  test('at least 120 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(120);
  });

  test.each(CASES.map((k) => [k.tag, k.text, k]))('%s: %j', (_tag, _text, k) => {
    const expected = k as Case;
    expect(read(expected.text)).toEqual({ says: expected.says, words: expected.words, entry: expected.entry ?? null });
  });

  test('every delivering class and every blocking class has cases', () => {
    const tags = new Set(CASES.map((k) => k.tag));
    const classes = [
      'decided', 'made', 'in effect', 'made known', 'event', 'present fact', 'complete', 'aftercare', 'carried',
      'negation', 'awaiting', 'delay', 'planned', 'continuing', 'started', 'partial', 'talk', 'no update', 'new marker', 'bullets',
    ];
    expect(classes.filter((x) => !tags.has(x))).toEqual([]);
    for (const x of classes) expect(CASES.filter((k) => k.tag === x).length).toBeGreaterThanOrEqual(3);
  });

  test('done is said only where there are words that decide it, quoted as written', () => {
    for (const k of CASES.filter((x) => x.says === 'done')) {
      const r = read(k.text);
      expect(r.words).not.toBeNull();
      expect(k.text.replace(/\s+/g, ' ')).toContain(r.words!);
    }
  });
});
