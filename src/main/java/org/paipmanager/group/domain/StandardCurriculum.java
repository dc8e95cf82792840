package org.paipmanager.group.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.paipmanager.group.AppendixAttitude;
import org.paipmanager.group.CurriculumComponent;

import static org.paipmanager.group.AppendixAttitude.CHALLENGE_1;
import static org.paipmanager.group.AppendixAttitude.CHALLENGE_2;
import static org.paipmanager.group.AppendixAttitude.CHALLENGE_3;
import static org.paipmanager.group.AppendixAttitude.CHALLENGE_4;
import static org.paipmanager.group.AppendixAttitude.CHALLENGE_5;
import static org.paipmanager.group.AppendixAttitude.CHALLENGE_6;
import static org.paipmanager.group.AppendixAttitude.CHALLENGE_7;
import static org.paipmanager.group.AppendixAttitude.CHALLENGE_8;
import static org.paipmanager.group.AppendixAttitude.FOCUS_1;
import static org.paipmanager.group.AppendixAttitude.FOCUS_10;
import static org.paipmanager.group.AppendixAttitude.FOCUS_2;
import static org.paipmanager.group.AppendixAttitude.FOCUS_3;
import static org.paipmanager.group.AppendixAttitude.FOCUS_4;
import static org.paipmanager.group.AppendixAttitude.FOCUS_5;
import static org.paipmanager.group.AppendixAttitude.FOCUS_6;
import static org.paipmanager.group.AppendixAttitude.FOCUS_7;
import static org.paipmanager.group.AppendixAttitude.FOCUS_8;
import static org.paipmanager.group.AppendixAttitude.FOCUS_9;
import static org.paipmanager.group.CurriculumComponent.A;
import static org.paipmanager.group.CurriculumComponent.B;
import static org.paipmanager.group.CurriculumComponent.C;
import static org.paipmanager.group.CurriculumComponent.D;
import static org.paipmanager.group.CurriculumComponent.E;
import static org.paipmanager.group.CurriculumComponent.F;
import static org.paipmanager.group.CurriculumComponent.G;

/**
 * The plan a new group starts with: 24 weekly topics, one program's worth (501.90(a)),
 * covering components (A) to (G) of 501.90(b)(4) and every attitude of Appendix A. Each
 * group gets its own copy, which the director edits.
 */
public final class StandardCurriculum {

	private StandardCurriculum() {
	}

	/** One topic of the plan. */
	public record Topic(String title, String description, String homework, Set<CurriculumComponent> components,
			Set<AppendixAttitude> attitudes) {

		public Topic {
			components = Set.copyOf(components);
			attitudes = Set.copyOf(attitudes);
		}

	}

	public static List<Topic> topics() {
		return List.of(
				topic("What partner abuse is", "Why we are here: the forms partner abuse takes and what it does.",
						"Write down what brought you to the program, in your own words.", EnumSet.of(A), FOCUS_3,
						CHALLENGE_2),
				topic("Physical, sexual, emotional and economic abuse",
						"Naming the forms of abuse, including the ones that leave no marks.",
						"List the forms of abuse you have used.", EnumSet.of(A), FOCUS_3, CHALLENGE_2),
				topic("Power and control", "Abuse as an intentional strategy to control a partner.",
						"Keep a control log for one week.", EnumSet.of(A), FOCUS_3, CHALLENGE_3, CHALLENGE_1),
				topic("No excuses", "Alcohol, drugs, stress and one's own past do not cause violence.", null,
						EnumSet.of(A), FOCUS_9, CHALLENGE_5, CHALLENGE_1),
				topic("Respect in intimacy", "The partner's preferences about intimate activities, respected.", null,
						EnumSet.of(A, D), FOCUS_2, FOCUS_10, CHALLENGE_3),
				topic("Threats, isolation and intimidation", "Non-physical abuse and its effects on the partner.", null,
						EnumSet.of(A), FOCUS_3, CHALLENGE_2),
				topic("Beliefs about gender", "Where rigid ideas about men's and women's roles come from.",
						"Write down three beliefs about gender roles you grew up with.", EnumSet.of(D), FOCUS_1,
						FOCUS_8, CHALLENGE_6),
				topic("Equal partnership", "Sharing decisions, money and work at home as equals.", null, EnumSet.of(D),
						FOCUS_1, FOCUS_2, FOCUS_5),
				topic("The full range of emotions", "Recognizing feelings beyond anger and expressing them safely.",
						"Keep a feelings journal for one week.", EnumSet.of(C), FOCUS_4),
				topic("Self-talk and self-centered thinking", "Noticing the thinking that comes before abuse.", null,
						EnumSet.of(C), FOCUS_10, CHALLENGE_4),
				topic("Assertive, non-aggressive communication", "Saying what one needs without threats or blame.",
						"Practice one assertive request this week.", EnumSet.of(C), FOCUS_4, FOCUS_10),
				topic("Listening", "Hearing the partner's needs as independent of one's own.", null, EnumSet.of(C, D),
						FOCUS_6, FOCUS_10),
				topic("Resolving conflict without abuse", "Time-outs and a plan that keeps everyone safe.",
						"Write your time-out plan.", EnumSet.of(B), FOCUS_9, CHALLENGE_7),
				topic("Negotiation and fairness", "Working through disagreement without aggression.", null,
						EnumSet.of(B, C), FOCUS_1, CHALLENGE_7),
				topic("The victim's experience", "Empathy for what the partner lived through.",
						"Write about one incident from your partner's point of view.", EnumSet.of(A, D), FOCUS_6,
						FOCUS_7),
				topic("What abuse costs", "The costs to families, employers, police, courts and society.", null,
						EnumSet.of(A), FOCUS_5, FOCUS_7),
				topic("Children who witness violence", "Developmental and emotional effects on children.", null,
						EnumSet.of(F), FOCUS_7),
				topic("Children used to control a partner", "Custody, visits and messages used as coercion.", null,
						EnumSet.of(G), FOCUS_6, CHALLENGE_3),
				topic("Parenting without abuse", "Discipline and care that keep children safe and respected.",
						"Describe one way you will parent differently.", EnumSet.of(E), FOCUS_9, CHALLENGE_7),
				topic("Co-parenting with respect", "Sharing parenting after separation without coercion.", null,
						EnumSet.of(E, G), FOCUS_2, FOCUS_10),
				topic("Family, community and culture", "Life experiences and beliefs that fostered abusive choices.",
						null, EnumSet.of(A), FOCUS_8, CHALLENGE_8),
				topic("Oppressive beliefs", "Sexism, racism and bias based on sexual orientation.", null, EnumSet.of(D),
						FOCUS_2, CHALLENGE_8),
				topic("Healthy relationships", "Trust, respect and accountability in a relationship.", null,
						EnumSet.of(D), FOCUS_1, FOCUS_9),
				topic("Staying non-abusive", "A personal plan for non-abusive choices after the program.",
						"Write your personal non-abuse plan.", EnumSet.of(B, D, E), FOCUS_9, CHALLENGE_1, CHALLENGE_4));
	}

	private static Topic topic(String title, String description, String homework, Set<CurriculumComponent> components,
			AppendixAttitude... attitudes) {
		return new Topic(title, description, homework, components, Set.of(attitudes));
	}

}
