package org.paipmanager.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgreementCommand;
import org.paipmanager.agency.AgreementParty;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.ContinuationPlanCommand;
import org.paipmanager.program.ExpenditureCommand;
import org.paipmanager.program.GrantCommand;
import org.paipmanager.program.GrievanceCommand;
import org.paipmanager.program.InnovationCommand;
import org.paipmanager.program.InnovationDecisionCommand;
import org.paipmanager.program.PlanningContinuation;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.program.ProtocolApplicationCommand;
import org.paipmanager.program.ProtocolApplicationCommand.Kind;
import org.paipmanager.program.ProtocolDecisionCommand;
import org.paipmanager.program.ProtocolDecisionCommand.DenialArea;
import org.paipmanager.program.RenewalNoticeCommand;
import org.paipmanager.program.SharingCommand;

/**
 * Demo program administration (PRG-6, PRG-8, PRG-9, PRG-10): a first application denied
 * and approved on resubmission, its renewal due in 45 days, a renewal denied on 501.300
 * with the grievance awaiting the Department's response; the continuation plan with a
 * cooperative agreement registered as an MOU and shared with the court and probation; an
 * approved innovation with its evaluation ahead; a Department grant whose first two
 * quarters carry expenditures, the first one sent.
 */
class DemoProgramAdministration {

	private final ApplyingForProtocol protocol;

	private final PlanningContinuation continuation;

	private final ProposingInnovation innovation;

	private final AccountingForGrants grants;

	private final AgencyManagement agencies;

	private final RegisteringAgreements agreements;

	DemoProgramAdministration(ApplyingForProtocol protocol, PlanningContinuation continuation,
			ProposingInnovation innovation, AccountingForGrants grants, AgencyManagement agencies,
			RegisteringAgreements agreements) {
		this.protocol = protocol;
		this.continuation = continuation;
		this.innovation = innovation;
		this.grants = grants;
		this.agencies = agencies;
		this.agreements = agreements;
	}

	void seed(LocalDate today) {
		protocol(today);
		continuation(today);
		this.innovation.decide(this.innovation.submit(new InnovationCommand("Fathering after violence module",
				"Eight added sessions on the effects of abuse on children, run inside the 24-week group; curriculum attached to the application.",
				"Most participants are fathers in contact with their children; the standard curriculum gives the subject two sessions.",
				true, today.minusDays(240), today.plusDays(120), today.plusDays(75),
				"Pre and post measures of parenting attitudes, victim liaison reports of partner safety, and re-arrests within a year, compared with the Tuesday group.",
				"Victim safety stays first: no session asks participants to contact children or partners, and the victim liaison reviews every module.",
				"Caring Dads (Scott and Crooks), with published outcome studies.", today.minusDays(300))), 0,
				new InnovationDecisionCommand(InnovationDecisionCommand.Decision.APPROVED, today.minusDays(250),
						"Recommended with quarterly monitoring visits."));
		grant(today);
	}

	private void protocol(LocalDate today) {
		UUID first = this.protocol.submit(
				new ProtocolApplicationCommand(Kind.INITIAL, null, today.minusDays(900), "Dana Whitfield", List.of()));
		this.protocol.decide(first, 0, new ProtocolDecisionCommand(ProtocolDecisionCommand.Outcome.DENIED,
				today.minusDays(850), "DHS letter 2024-117",
				"Deny until the curriculum and the coordination are shown.", null, null,
				List.of(new DenialArea("501.90(b)(4)",
						"The curriculum does not cover the costs of intimate partner violence to families and society."),
						new DenialArea("501.105(a)", "No cooperative relationship with a victim service program."))));
		UUID approved = this.protocol
			.submit(new ProtocolApplicationCommand(Kind.RESUBMISSION, first, today.minusDays(780), "Dana Whitfield",
					List.of("Curriculum revised: sessions 9 and 10 now cover the financial and social costs.",
							"Agreement with Safe Harbor Domestic Violence Shelter signed; monthly meetings since.")));
		this.protocol.decide(approved, 0,
				new ProtocolDecisionCommand(ProtocolDecisionCommand.Outcome.APPROVED, today.minusDays(720),
						"DHS letter 2024-388", "Recommend approval.", today.minusDays(720), null, List.of()));
		this.protocol.recordRenewalNotice(approved, 1, new RenewalNoticeCommand(today.minusDays(20), today.plusDays(45),
				"Renewal application and two years of statistics by the due date."));
		UUID renewal = this.protocol.submit(new ProtocolApplicationCommand(Kind.RENEWAL, approved, today.minusDays(60),
				"Dana Whitfield", List.of()));
		this.protocol.decide(renewal, 0,
				new ProtocolDecisionCommand(ProtocolDecisionCommand.Outcome.DENIED, today.minusDays(25),
						"DHS letter 2026-051", null, null, null, List.of(new DenialArea("501.300",
								"No record of a supervisor observing one facilitator in the last six months."))));
		this.protocol.fileGrievance(new GrievanceCommand(renewal, GrievanceCommand.Action.DENIAL, today.minusDays(20),
				today.minusDays(19),
				"The observation took place; the record was in the supervisor's file and was not sent with the application.",
				"Observation notes signed by the supervisor; facilitator training ledger."));
	}

	private void continuation(LocalDate today) {
		UUID lakeside = this.agencies.addPartnerAgency("Lakeside Partner Abuse Intervention Program",
				PartnerAgencyCategory.OTHER_SERVICE_PROVIDER, "(217) 555-0188", "Lake County", false);
		UUID mou = this.agreements.register(new AgreementCommand("Continuity of care between protocol-approved PAIPs",
				List.of(new AgreementParty(lakeside, "Takes in participants during a suspension or closure")),
				List.of("Prairie County", "Lake County"),
				"Attendance and completion status only, under each participant's release.", today.minusDays(210),
				today.plusYears(2)));
		this.continuation.save(null, new ContinuationPlanCommand(today.minusDays(200), today.plusDays(25),
				"The director telephones each referring judge and probation officer the same day, then writes within three days naming where the groups continue.",
				List.of(new ContinuationPlanCommand.Location("First Methodist Church hall",
						"410 Elm Street, Prairie City", "Tuesday and Thursday evenings; key held by the director."),
						new ContinuationPlanCommand.Location("Prairie County Public Library, meeting room B",
								"22 Main Street, Prairie City", "Booked a week ahead.")),
				List.of(new ContinuationPlanCommand.Cooperation("Lakeside Partner Abuse Intervention Program", mou,
						"Lakeside seats our participants in its groups and credits their sessions (501.250)."))));
		for (PartnerAgencyListing partner : this.agencies.partnerAgencies()) {
			if (partner.name().equals("Prairie County Adult Probation")
					|| partner.name().equals("Prairie County Circuit Court")) {
				this.continuation.recordSharing(
						new SharingCommand(partner.id(), today.minusDays(190), "Letter with the plan attached"));
			}
		}
	}

	private void grant(LocalDate today) {
		LocalDate start = today.withDayOfMonth(1).minusMonths(6);
		UUID grant = this.grants.register(new GrantCommand(GrantCommand.DEPARTMENT, "DHS-PAIP-26-0142", start,
				start.plusYears(1).minusDays(1), new BigDecimal("78000.00"), new BigDecimal("71240.00"),
				start.minusDays(10), 30,
				List.of(line("PERS", "Personnel: facilitators", "52000.00", "Two part-time facilitators, 20 h a week."),
						line("FRNG", "Fringe benefits", "11440.00", "22 % of personnel."),
						line("TRVL", "Travel", "1800.00", "Mileage to court and Department training."),
						line("SUPP", "Supplies", "2400.00", "Workbooks and group materials."),
						line("CONT", "Contractual: interpreter", "3600.00", "Spanish interpretation for intake."))));
		spend(grant, "PERS", start.plusDays(30), "Payroll", "Facilitator wages, first month", "13000.00", "PR-0601");
		spend(grant, "FRNG", start.plusDays(30), "Payroll", "Fringe, first month", "2860.00", "PR-0601");
		spend(grant, "SUPP", start.plusDays(12), "Prairie Office Supply", "Participant workbooks (60)", "1740.00",
				"INV-88213");
		spend(grant, "CONT", start.plusDays(50), "Lingua Prairie LLC", "Intake interpretation, 24 h", "1080.00",
				"INV-2291");
		this.grants.recordQuarterSent(grant, 1, start.plusMonths(3).plusDays(20));
		spend(grant, "PERS", start.plusMonths(3).plusDays(29), "Payroll", "Facilitator wages, fourth month", "13000.00",
				"PR-0901");
		spend(grant, "TRVL", start.plusMonths(4).plusDays(3), "Renee Abbott", "Mileage to Department training",
				"212.40", "TR-0904");
		spend(grant, "SUPP", start.plusMonths(4).plusDays(10), "Prairie Office Supply", "Workbooks reprint (40)",
				"870.00", "INV-90417");
	}

	private void spend(UUID grant, String line, LocalDate on, String payee, String what, String amount,
			String document) {
		this.grants.recordExpenditure(grant,
				new ExpenditureCommand(line, on, payee, what, new BigDecimal(amount), document));
	}

	private static GrantCommand.Line line(String code, String name, String budgeted, String justification) {
		return new GrantCommand.Line(code, name, new BigDecimal(budgeted), justification);
	}

}
