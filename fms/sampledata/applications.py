"""Sample data up to the decision: applications with their stage history, interviews and outcomes.

A hired card goes on to its engagement here; what follows the hire (agreements, offboarding,
notes) is in after_hire.py.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime, timedelta
from typing import Any

from fms.core.enums import DeclineReason, InterviewKind, InterviewResult, MissionStatus, Outcome, Stage
from fms.models import (
    ActivityEntry,
    Application,
    ClientContact,
    Engagement,
    Freelancer,
    Interview,
    InterviewEvaluation,
    Renewal,
    StageChange,
)
from fms.sampledata import vocabulary as vocab
from fms.sampledata.after_hire import AfterHireRows, at
from fms.services.pipeline import BEFORE_DECISION, CLOSING_OUTCOMES


class ApplicationRows(AfterHireRows):
    """The part of the sample-data builder that writes a mission's applications."""

    freelancers_by_role: dict[str, list[int]]
    _rates_by_role: dict[str, list[tuple[int, int]]]
    _open_cycle: int

    def count(self, model: type[Any]) -> int:
        raise NotImplementedError

    def _by_rate(self, role: str, candidates: list[int]) -> list[tuple[int, int]]:
        """A role's freelancers as (rate, id), sorted once and kept for every mission."""
        cached = self._rates_by_role.get(role)
        if cached is None:
            rates = self.rows[Freelancer]
            cached = sorted((rates[f - 1]["daily_rate_cents"], f) for f in candidates)
            self._rates_by_role[role] = cached
        return cached

    def _applications(
        self,
        mission_id: int,
        client_id: int,
        role: str,
        status: MissionStatus,
        start: date,
        count: int,
        budget_cents: int,
    ) -> None:
        if status == MissionStatus.DRAFT:
            return
        candidates = self.freelancers_by_role.get(role) or list(self.freelancer_info)
        # Sourcing picks by rate: mostly people within the budget, a few just above it.
        by_rate = self._by_rate(role, candidates)
        affordable = bisect.bisect_right(by_rate, (budget_cents * 11 // 10, len(self.freelancer_info) + 1))
        if affordable >= count:
            candidates = [freelancer_id for _, freelancer_id in by_rate[:affordable]]
        chosen = self.rng.sample(candidates, k=min(len(candidates), self.rng.randint(max(1, count - 2), count + 2)))
        hired_stage = {
            MissionStatus.STAFFED: Stage.ON_MISSION,
            MissionStatus.RUNNING: Stage.OFFBOARDING if mission_id % 3 == 1 else Stage.ON_MISSION,
            MissionStatus.CLOSED: Stage.ALUMNI,
        }.get(status)
        sent = 0
        for index, freelancer_id in enumerate(chosen):
            if hired_stage is not None and index == 0:
                self._hired(mission_id, client_id, freelancer_id, hired_stage, start)
                sent += 1
                continue
            if status == MissionStatus.OPEN and self.rng.random() < 0.7:
                # Cycled rather than drawn, so every column of the board has cards.
                pool = BEFORE_DECISION if sent < 4 else BEFORE_DECISION[:2]
                stage = pool[self._open_cycle % len(pool)]
                self._open_cycle += 1
                sent += stage.order >= Stage.PROFILE_SENT.order
                self._open(mission_id, client_id, freelancer_id, stage)
            else:
                reached = self.rng.choice(BEFORE_DECISION if sent < 4 else BEFORE_DECISION[:2])
                sent += reached.order >= Stage.PROFILE_SENT.order
                self._closed(mission_id, client_id, freelancer_id, reached, start)

    def _new_application(self, mission_id: int, freelancer_id: int, path: list[Stage], end: datetime) -> int:
        gap = timedelta(days=self.rng.randint(2, 9))
        entered = [end - gap * (len(path) - 1 - step) for step in range(len(path))]
        application_id = self.add(
            Application,
            freelancer_id=freelancer_id,
            mission_id=mission_id,
            stage=path[-1],
            position=(self.count(Application) + 1) * 1024,
            stage_entered_at=entered[-1],
            outcome=None,
            decline_reason=None,
            outcome_details="",
            client_justification="",
            feedback_draft="",
            feedback_sent_at=None,
            closed_at=None,
            created_at=entered[0],
            archived_at=None,
        )
        previous: Stage | None = None
        for stage, moment in zip(path, entered, strict=True):
            self.add(
                StageChange,
                application_id=application_id,
                from_stage=previous,
                to_stage=stage,
                changed_at=moment,
                changed_by="demo",
                note="",
            )
            self.add(
                ActivityEntry,
                occurred_at=moment,
                actor="demo",
                entity_type="application",
                entity_id=application_id,
                freelancer_id=freelancer_id,
                action="proposed" if previous is None else "stage_changed",
                details="" if previous is None else f"{previous.value} -> {stage.value}",
            )
            previous = stage
        return application_id

    def _path_to(self, stage: Stage) -> list[Stage]:
        path = [s for s in BEFORE_DECISION if s.order <= stage.order]
        if stage != Stage.TECHNICAL_INTERVIEW and Stage.TECHNICAL_INTERVIEW in path and self.rng.random() < 0.5:
            path.remove(Stage.TECHNICAL_INTERVIEW)
        return path

    def _open(self, mission_id: int, client_id: int, freelancer_id: int, stage: Stage) -> None:
        end = at(self.today - timedelta(days=self.rng.randint(0, 25)), hour=self.rng.randint(8, 18))
        path = self._path_to(stage)
        application_id = self._new_application(mission_id, freelancer_id, path, end)
        self._interviews(application_id, client_id, path, end, failed=False)

    def _closed(self, mission_id: int, client_id: int, freelancer_id: int, reached: Stage, start: date) -> None:
        end = at(min(self.today, start) - timedelta(days=self.rng.randint(1, 30)))
        path = [*self._path_to(reached), Stage.ALUMNI]
        application_id = self._new_application(mission_id, freelancer_id, path, end)
        application = self.rows[Application][-1]
        outcome = self.rng.choice(
            CLOSING_OUTCOMES
            if reached.order >= Stage.CLIENT_INTERVIEW.order
            else (Outcome.DECLINED_BY_FREELANCER, Outcome.WITHDRAWN)
        )
        application.update(outcome=outcome, closed_at=end)
        if outcome == Outcome.DECLINED_BY_FREELANCER:
            application["decline_reason"] = self.rng.choice(tuple(DeclineReason))
            application["outcome_details"] = "Préfère une mission en full remote."
        elif outcome == Outcome.REJECTED_BY_CLIENT:
            justification = self.rng.choice(vocab.REJECTIONS)
            # No stored draft: the answer is drafted from the interviews when first opened.
            application["client_justification"] = justification
        else:
            application["outcome_details"] = "Took another mission before the client interview."
        if self.rng.random() < 0.75:
            application["feedback_sent_at"] = end + timedelta(days=1)
        self._interviews(application_id, client_id, path, end, failed=outcome == Outcome.REJECTED_BY_CLIENT)
        if self.rng.random() < 0.3:
            self._consent(freelancer_id, end.date())

    def _hired(self, mission_id: int, client_id: int, freelancer_id: int, stage: Stage, start: date) -> None:
        path = [*self._path_to(Stage.FINAL_ANSWER), Stage.ON_MISSION]
        if stage in (Stage.OFFBOARDING, Stage.ALUMNI):
            path.append(Stage.OFFBOARDING)
        if stage == Stage.ALUMNI:
            path.append(Stage.ALUMNI)
        planned_end = start + timedelta(days=self.rng.choice((90, 120, 180)))
        renewed = self.rng.random() < 0.8
        final_end = planned_end + timedelta(days=90) if renewed else planned_end
        moment = {
            Stage.ON_MISSION: at(min(start, self.today - timedelta(days=1))),
            Stage.OFFBOARDING: at(self.today - timedelta(days=self.rng.randint(1, 6))),
            Stage.ALUMNI: at(final_end),
        }[stage]
        application_id = self._new_application(mission_id, freelancer_id, path, moment)
        self.rows[Application][-1].update(outcome=Outcome.HIRED, feedback_sent_at=moment)
        self._interviews(application_id, client_id, path, at(start - timedelta(days=14)), failed=False)
        freelancer = self.rows[Freelancer][freelancer_id - 1]
        if stage == Stage.ON_MISSION:
            # Running missions end after today; about half within the month, so offboardings are due.
            soon = self.today + timedelta(days=self.rng.randint(6, 28))
            fits = start < soon and (not renewed or soon > planned_end)
            final_end = soon if fits and self.rng.random() < 0.5 else max(final_end, self.today + timedelta(days=5))
        engagement_id = self.add(
            Engagement,
            application_id=application_id,
            start_date=start,
            planned_end_date=final_end,
            real_end_date=final_end if stage == Stage.ALUMNI else None,
            daily_rate_cents=freelancer["daily_rate_cents"],
            created_at=at(start - timedelta(days=10)),
        )
        if renewed and start < self.today:
            self.add(
                Renewal,
                engagement_id=engagement_id,
                renewed_at=at(planned_end - timedelta(days=20)),
                previous_end_date=planned_end,
                new_end_date=final_end,
                new_daily_rate_cents=None,
            )
        self._agreements(engagement_id, freelancer_id, client_id, start, final_end)
        if stage in (Stage.OFFBOARDING, Stage.ALUMNI):
            self._offboarding(engagement_id, done=stage == Stage.ALUMNI, moment=moment)
        if stage == Stage.ALUMNI:
            self._collaboration_note(freelancer_id, engagement_id, client_id, final_end)
            if self.rng.random() < 0.85:
                self._consent(freelancer_id, final_end)

    def _interviews(self, application_id: int, client_id: int, path: list[Stage], end: datetime, failed: bool) -> None:
        contacts = self.client_info[client_id]["contacts"]
        interviewer = self.rows[ClientContact][contacts[0] - 1]["name"]
        kinds: list[InterviewKind] = []
        if Stage.CLIENT_INTERVIEW in path:
            kinds += [InterviewKind.CLIENT] * self.rng.randint(1, 2)
        if Stage.TECHNICAL_INTERVIEW in path:
            kinds.append(InterviewKind.TECHNICAL)
        for number, kind in enumerate(kinds):
            held = end - timedelta(days=3 * (len(kinds) - number))
            is_last = number == len(kinds) - 1
            result = InterviewResult.FAILED if failed and is_last else InterviewResult.PASSED
            if is_last and path[-1] in (Stage.CLIENT_INTERVIEW, Stage.TECHNICAL_INTERVIEW):
                result = InterviewResult.PENDING
            scored = result != InterviewResult.PENDING
            by_client = kind == InterviewKind.CLIENT
            interview_id = self.add(
                Interview,
                application_id=application_id,
                kind=kind,
                scheduled_at=held,
                interviewers=f"{interviewer}, tech lead" if kind == InterviewKind.TECHNICAL else interviewer,
                notes=self.rng.choice(vocab.INTERVIEW_NOTES) if scored else "",
                client_feedback=self.rng.choice(vocab.CLIENT_FEEDBACK) if scored and by_client else "",
                # Drawn after the notes, as before the causes had codes: the same seed gives the same data.
                **self._failure(result),
                result=result,
            )
            if scored:
                evaluators = [(interviewer, True)] + ([("tech lead", False)] if kind == InterviewKind.TECHNICAL else [])
                for evaluator, from_client in evaluators:
                    self.add(
                        InterviewEvaluation,
                        interview_id=interview_id,
                        evaluator=evaluator,
                        from_client=from_client,
                        hard_skills_score=self.rng.randint(2, 5),
                        soft_skills_score=self.rng.randint(2, 5),
                        comment="",
                    )

    def _failure(self, result: InterviewResult) -> dict[str, str]:
        if result != InterviewResult.FAILED:
            return {"failure_causes": "", "failure_cause_codes": ""}
        words, cause = self.rng.choice(vocab.FAILURE_CAUSES)
        return {"failure_causes": words, "failure_cause_codes": cause.value}
