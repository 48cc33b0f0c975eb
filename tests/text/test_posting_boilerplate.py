"""Application paperwork is not a requirement, while requirements that mention documents are."""
from __future__ import annotations

import pytest

from tailor.text.posting_boilerplate import is_boilerplate


@pytest.mark.parametrize("text", [
    "If using education to qualify, you MUST submit an official or unofficial transcript.",
    "You must submit a copy of your certification as part of your application package.",
    "All required supporting documents must be submitted at the time of application.",
    "You must meet all qualification requirements outlined in this vacancy by the closing date.",
    "Failure to submit proof of education will result in an ineligible rating.",
    "IN DESCRIBING YOUR EXPERIENCE, PLEASE BE CLEAR AND SPECIFIC.",
    "Experience must be substantiated in your resume.",
    "NOTE: Your resume must contain sufficient detail to prove you have one year of experience.",
    "You must clearly identify the duties and responsibilities in each position held.",
    "You will receive credit for all qualifying experience, including volunteer experience.",
    "References: VA Handbook 5005, Part II, Appendix G15.",
])
def test_application_instructions_are_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "One year of specialized experience equivalent to the GS-05 grade level.",
    "Experience submitting insurance claims and supporting documentation to payers.",
    "Prepare and submit monthly reports to the program manager.",
    "Current, full and unrestricted license to practice as a Registered Nurse.",
    "Your resume must demonstrate at least six months of general experience in security work.",
])
def test_requirements_that_mention_paperwork_are_not(text):
    assert not is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Experience refers to paid and unpaid experience, including volunteer work.",
    "Volunteer work helps build critical competencies and skills.",
    "Part-time work is credited on a prorated basis.",
    "Veterans who are preference eligible may apply.",
    "Errors or omissions may affect your rating.",
    "As part of the application process you must complete an occupational questionnaire.",
    "Your resume is the key means we have for evaluating your skills.",
    "Specialized experience is defined as experience that equipped you to do the work.",
    "Applicants must provide documentation with their application.",
    "You will find a real sense of community in our town.",
    "Work is normally performed in an office setting.",
    "Candidates must demonstrate the following knowledge, skills and abilities (KSAs):",
    "GRADE REQUIREMENTS: Experience.",
    "INDIAN PREFERENCE: Preference in filling vacancies is given to qualified Indian candidates.",
    "Indian preference eligibles that are not currently employed will be appointed.",
    "Part-time experience will be credited on the basis of time actually spent.",
    "If your resume does not support your questionnaire answers, we will not allow credit.",
    "Applicants who do not meet it are ineligible for further consideration.",
    "Applicants must meet one of the following requirements:",
    "In addition, candidates must fully demonstrate the following KSAs in their resume.",
    "NOTE: Transcript Required.",
    "PHYSICAL REQUIREMENTS: The work is primarily sedentary.",
    "The work environment involves everyday risks or discomforts.",
    "Considerable travel may be required.",
])
def test_eligibility_and_crediting_prose_is_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Full Stack Development: TypeScript, Svelte.js",      # a label with content, not a heading
    "Grade Requirements: Experience.",                   # the one-word heading rule needs capitals
    "Knowledge of federal crediting rules for payroll processing.",
    "Experience with the following: Python, SQL and Airflow.",
    "You will find and fix defects in our billing service.",
    "Specialized experience must demonstrate the following: editing publications for the public.",
    "Knowledge of veterans' preference rules in federal hiring.",
    "Ability to travel up to 25% of the time.",
    "Experience with questionnaire design for household surveys.",
])
def test_look_alikes_of_that_prose_are_not_boilerplate(text):
    assert not is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Ability to apply technological advances in the field of energy and utilities",
    "(2) professional ability to apply such knowledge to engineering problems",
    "Experience assisting with the application of IT problem management methods and practices.",
    "Specialized experience is defined as: experience performing technical reviews of energy designs.",
    "(2) include differential and integral calculus and courses in five of the following seven areas "
    "of engineering science or physics:",
])
def test_requirements_that_share_words_with_notices_are_not_boilerplate(text):
    assert not is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "To apply, send your resume to jobs@example.com.",
    "Specialized experience is defined as one or more of the following:",
    "Specialized experience is experience which is in or directly related to the line of work of the "
    "position to be filled.",
    "Lack of this documentation will make you ineligible to be referred.",
    "A selectee's appointment is contingent upon compliance with Homeland Security Presidential Directive 12.",
    "Applicants are required to submit a narrative statement for each of the mandatory qualifications.",
    "Government positions must include pay plan, series, grade, to and from dates.",
])
def test_application_notices_and_generic_definitions_stay_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "KNOWLEDGE OF OCULAR ANATOMY/TERMINOLOGY",            # a rated KSA typed in capitals
    "SKILL IN USING OPHTHALMIC EQUIPMENT",
    "Veterans unable to apply within two years of their degree have up to six years.",
    "Knowledge of GIS used to apply analytical methods to agronomic issues.",
])
def test_requirements_in_capitals_or_with_apply_in_them_are_not_boilerplate(text):
    assert not is_boilerplate(text)


def test_a_short_line_in_capitals_is_still_a_place_or_a_name():
    assert is_boilerplate("TUNNEL HILL, GA")
    assert is_boilerplate("Click here to apply.")


@pytest.mark.parametrize("text", [
    # general civil-service rules on what counts: they define, exemplify or limit, ask nothing
    "Specialized experience must include experience that has prepared the applicant for the work.",
    "Specialized experience is that which has equipped you to perform the duties of the job.",
    "Specialized experience is that which as equipped you to perform the duties of the job.",
    "A candidate's total experience must demonstrate the ability to perform the duties.",
    "(Qualifying experience may have been gained in jobs such as clerk, analyst, etc.",
    "Experience may be obtained in the private or public sectors.",
    "The education offered to meet this requirement must have given you the needed skills.",
    "Only graduate education beyond the first year may be combined with experience.",
    "For the GS-12 level, only graduate education beyond the third year may be substituted for experience.",
    "For example, 3 months of experience and 9 semester hours of graduate education.",
    "plus 18 semester hours of graduate education would be qualifying at the GS-09 level.",
    "All education requirements must be met no later than the start date.",
    "To receive credit, describe how your course work relates to the duties.",
    "The employing agency is responsible for setting the proficiency needed at each grade.",
    "See the duties section above for the skills this job uses.",
    "To be creditable, specialized experience must have been equivalent to at least the next lower "
    "grade level in the normal line of progression.",
    # an agency's mission and pitch
    "The bureau's mission is to protect the nation's waterways.",
    "Help keep food safe by joining the agency's inspection service.",
    "As an intern you will experience growth while solving problems.",
])
def test_crediting_rules_and_mission_prose_are_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "To be creditable, specialized experience must have been equivalent to the next lower grade "
    "level (GS-09) in the federal service.",
    "Must have one year of creditable experience equivalent to the GS-07 level.",
    "We are looking for someone who has led clinical research programs.",
    "We are seeking a driver who can operate a box truck.",
    "Education may be combined with experience to meet the requirement.",
])
def test_requirements_worded_like_those_rules_are_not_boilerplate(text):
    assert not is_boilerplate(text)


def test_a_company_that_is_looking_is_still_marketing():
    assert is_boilerplate("We are looking for new ways to serve our customers.")


@pytest.mark.parametrize("text", [
    # conditions met after hiring, and who is preferred
    "The selectee is required to obtain and maintain a top secret clearance.",
    "Employees will have 12 months from the date of appointment to earn the certificate.",
    "Failure to keep the license may be cause for removal.",
    "Veterans' preference does not apply to this appointment.",
    "Displaced employees eligible under CTAP may receive selection priority.",
    "Eligibility under the career transition assistance plan is explained below.",
    # crediting arithmetic and a unit of the agency described in the third person
    "As a rule, one year of full-time study equals nine months of experience.",
    "To calculate your share of graduate study, divide the hours by 18.",
    "Grade-point averages are to be rounded to one decimal place.",
    "The Regional Planning Office is responsible for preparing the annual forecast.",
])
def test_post_hire_conditions_and_agency_units_are_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "This position is responsible for the daily operation of the warehouse.",
    "The incumbent is responsible for preparing the annual budget.",
    "Must hold a secret clearance.",
])
def test_duties_and_requirements_near_those_words_are_not_boilerplate(text):
    assert not is_boilerplate(text)


@pytest.mark.parametrize("text", [
    # a document to send as the statement's subject: the paperwork, not the requirement
    "Transcripts must show the date your degree was conferred.",
    "Official transcripts and proof of enrollment in a nursing program.",
    "(b) Letter signed by the supervisor who oversaw the internship.",
    "OR (c) Copies of your state license and board certificate.",
    # a pointer to where the rules are written
    "See the OPM standard for further details.",
    "For more detailed information on these requirements, see the Qualification Standard for the series.",
    # crediting: examples of creditable courses, a cap on the hours that count, a definition
    "Examples of creditable courses include hydrology, soil physics and watershed management.",
    "No more than 9 semester hours in statistics is creditable.",
    "Qualifying experience may have been acquired in any public or private sector job.",
    "Such experience is typically in or directly related to the work of the position to be filled.",
    # a longer list intro that names the kind of list that follows, and asks nothing itself
    "In addition to the basic education requirements, applicants must also meet each of the following:",
    "Candidates placed at this grade level must show strength in each of the following areas:",
])
def test_documents_pointers_crediting_and_long_list_intros_are_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    # a requirement that names a document, a course list or a list of options is still one
    "Bachelor's degree with coursework in transcription or medical records.",
    "Must hold a valid letter of authorization from the state board.",
    "Successful completion of 24 semester hours of courses in forestry, range management or soils.",
    "Graduate of a school of professional nursing approved by the State and accredited by one of the "
    "following bodies:",
    "(2) include differential and integral calculus and courses in five of the following seven areas "
    "of engineering science or physics:",
])
def test_requirements_near_document_and_intro_words_are_not_boilerplate(text):
    assert not is_boilerplate(text)


def test_a_list_intro_that_lost_its_colon_is_a_fragment():
    from tailor.text.requirement_kinds import is_fragment, is_substantive
    assert is_fragment("Examples of qualifying experience include")
    assert not is_substantive("Examples of qualifying experience include", "must")
    assert not is_fragment("Experience that includes budget analysis and forecasting.")


@pytest.mark.parametrize("text", [
    # the arithmetic of a combination of education and experience
    "Then divide your quarter hours of graduate study beyond the first year by 27.",
    "Add the two percentages.",
    # the unit experience is counted in
    "A year of field experience is considered to be a period of at least 9 months of full-time work.",
    "Shorter periods can be combined to make a full year.",
    # the standard's general definition of a profession's experience
    "Professional chemistry experience is defined as nonroutine laboratory work that required knowledge "
    "of chemistry.",
    # the standard's rule for grades above the full performance level, a post-selection waiver
    "For assignments above the full performance level, higher duties must be of broader scope.",
    "Upon selection, applicants living abroad may request a residency waiver for up to 6 months.",
])
def test_civil_service_counting_rules_and_general_definitions_are_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    # the same words inside a requirement of this posting
    "Professional engineering experience in bridge design is required.",
    "Experience dividing workloads among a team of five technicians.",
    "One season of wildland firefighting experience on a hand crew.",
    "Ability to divide tasks by priority and report on progress.",
])
def test_requirements_near_counting_words_are_not_boilerplate(text):
    assert not is_boilerplate(text)


@pytest.mark.parametrize("text", [
    # how the application is judged and handled
    "Incomplete applications will not be referred.",
    "Please read the announcement and follow all instructions carefully.",
    "Please redact your date of birth from every document.",
    "Failure to include your license number will end your consideration.",
    "Acceptable forms of documentation include a signed letter from the unit.",
    "Your volunteer experience must be clearly described in your resume.",
    # schedule and appointment terms
    "Work schedule may include rotating nights and holidays.",
    "Staff work a compressed tour schedule of four ten-hour days.",
    "The appointment is for 18 months with a possible extension of one year.",
    # the place sold, and the retirement law of a covered position
    "The city offers affordable housing and a mild climate.",
    "Positions are covered by the special retirement provisions for law enforcement officers.",
])
def test_application_handling_schedule_place_and_retirement_law_are_boilerplate(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Must be able to work a rotating schedule including weekends.",
    "Experience preparing schedules for a fleet of 40 vehicles.",
    "Knowledge of federal retirement systems (CSRS and FERS).",
])
def test_requirements_near_schedule_and_retirement_words_are_not_boilerplate(text):
    assert not is_boilerplate(text)


def test_a_degree_requirement_that_allows_a_foreign_degree_is_not_boilerplate():
    assert not is_boilerplate("Bachelor's degree in nursing from an accredited school; or an equivalent "
                              "foreign degree evaluated by a credential service.")
    # foreign-education evaluation is a requirement since session 17 (the guide: must_have, as dev 93)
    assert not is_boilerplate("Education completed in foreign colleges may be used to meet the requirements.")
    assert is_boilerplate("For information on foreign education, see the Department of Education site.")


@pytest.mark.parametrize("text", [
    "Travel Required: Occasional travel", "Relocation expenses reimbursed: No", "Supervisory status: No",
    "Security clearance: Not Required", "Drug test: Yes", "Functional Statement #: 000123",
    "Virtual: This is not a virtual position.", "Work Shift: Day", "Dice Id: 90987654",
])
def test_a_job_boards_fact_rows_are_no_requirements(text):
    # the summary table of a job board (USAJOBS' page, Dice, a hospital's careers site)
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Security clearance: Secret", "Education: Bachelor of Science in Nursing", "Experience: 2 years",
    "Certification: CCRN", "Minimum military grade: E-4", "Compatible Military Assignments: 1B4X1",
])
def test_a_label_over_what_the_person_must_have_stays_a_requirement(text):
    assert not is_boilerplate(text)
