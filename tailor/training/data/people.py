"""Hand-written invented people: evidence bullets (their own words) and tailored outputs.

Each person: six evidence bullets, each with the tailored bullet; one combined bullet citing two
of them; one summary citing some of them. Employers are invented; no person is named.
"""
from __future__ import annotations

OCCUPATIONS: dict[str, dict] = {}
PEOPLE: list[dict] = []


def occupation(name: str, requirements: list[str], keywords: list[str]) -> None:
    OCCUPATIONS[name] = {"requirements": requirements, "keywords": keywords}


def person(pid: str, occ: str, org: str, title: str, bullets: list[tuple[str, str]],
           combo: tuple[int, int, str], summary: tuple[list[int], str]) -> None:
    PEOPLE.append({"pid": pid, "occ": occ, "org": org, "title": title, "bullets": bullets, "combo": combo,
                       "summary": summary})


# ------------------------------------------------------------------ bookkeeping
occupation("bookkeeping", [
    "Maintain accurate general ledger entries and reconcile bank accounts monthly",
    "Process invoices, deposits and payroll records in QuickBooks",
    "Prepare month-end reports and support the annual audit"],
    ["general ledger", "bank reconciliation", "QuickBooks", "invoices", "payroll",
     "month-end close", "audit", "Excel", "deposits"])
person("book-01", "bookkeeping", "Lakeside Property Services", "Bookkeeper", [
    ("did all the bank reconciliation for 6 operating accounts every month in QuickBooks",
     "Completed monthly bank reconciliation for 6 operating accounts in QuickBooks"),
    ("posted about 300 journal entries a month to the general ledger, found and fixed coding errors",
     "Posted about 300 journal entries a month to the general ledger and fixed coding errors"),
    ("I was the one entering and matching vendor invoices for our 14 rental properties",
     "Entered and matched vendor invoices for 14 rental properties"),
    ("prepared deposits of tenant rent checks twice a week and logged them in QuickBooks",
     "Prepared tenant rent check deposits twice a week and logged each in QuickBooks"),
    ("helped the outside CPA with the annual audit by pulling 80 sample documents",
     "Supported the outside CPA during the annual audit by pulling 80 sample documents"),
    ("security deposits for 210 tenants were tracked nowhere, so I made an Excel tracker for them",
     "Built an Excel tracker for security deposits held for 210 tenants"),
    ], (0, 1, ("Reconciled 6 operating accounts monthly in QuickBooks and posted about 300 journal "
              "entries a month to the general ledger")),
    ([0, 4], ("Bookkeeper handling monthly bank reconciliation for 6 operating accounts in "
             "QuickBooks. Supported the outside CPA during the annual audit.")))
person("book-02", "bookkeeping", "Cedar Lane Dental Group", "Office Bookkeeping Assistant", [
    ("ran payroll records for 22 staff every two weeks and checked hours against timesheets",
     "Prepared biweekly payroll records for 22 staff, checking hours against timesheets"),
    ("closed the books at month end for 3 clinic locations, usually by the 5th business day",
     "Completed the month-end close for 3 clinic locations, usually by the 5th business day"),
    ("recorded insurance deposits and patient payments, around $90,000 a month",
     "Recorded insurance deposits and patient payments of around $90,000 a month"),
    ("kept the general ledger coding for supplies and lab fees consistent across clinics",
     "Kept general ledger coding for supplies and lab fees consistent across clinics"),
    ("cleaned up 2 years of unreconciled credit card statements in Excel",
     "Reconciled 2 years of outstanding credit card statements in Excel"),
    ("answered vendor questions on unpaid invoices and set up payment dates",
     "Answered vendor questions on unpaid invoices and scheduled payment dates"),
    ], (1, 2, ("Closed the books for 3 clinic locations each month and recorded about $90,000 "
              "in monthly insurance deposits and patient payments")),
    ([0, 1], ("Office Bookkeeping Assistant handling biweekly payroll records for 22 staff. "
             "Completed the month-end close for 3 clinic locations.")))

# ------------------------------------------------------------------ accounts payable
occupation("accounts_payable", [
    "Process a high volume of vendor invoices with three-way match",
    "Reconcile vendor statements and resolve discrepancies",
    "Prepare weekly check and ACH payment runs"],
    ["invoices", "three-way match", "vendor statements", "ACH", "purchase orders", "1099",
     "accounts payable", "Excel", "payment runs"])
person("ap-01", "accounts_payable", "Northgate Building Supply", "Accounts Payable Specialist", [
    ("AP processing, around 1,200 vendor invoices a month, three-way match against purchase orders and receipts",
     "Processed around 1,200 vendor invoices a month using three-way match against purchase orders and receipts"),
    ("reconciled vendor statements for our top 40 suppliers each month and chased credits",
     "Reconciled monthly vendor statements for the top 40 suppliers and followed up on credits"),
    ("ran the weekly ACH and check payment runs, about $2 million a week",
     "Ran weekly ACH and check payment runs of about $2 million"),
    ("new vendor setup, also chasing W-9 forms so 1099 reporting was complete",
     "Set up new vendors and collected W-9 forms for 1099 reporting"),
    ("spotted 18 duplicate invoices in one quarter before anyone paid them",
     "Found 18 duplicate invoices in one quarter before they were paid"),
    ("answered the accounts payable inbox, about 50 emails a day from vendors and buyers",
     "Handled the accounts payable inbox, about 50 vendor and buyer emails a day"),
    ], (0, 4, ("Processed around 1,200 invoices a month with three-way match and caught 18 "
              "duplicate invoices in one quarter before payment")),
    ([0, 2], ("Accounts Payable Specialist processing around 1,200 vendor invoices a month. "
             "Ran weekly ACH and check payment runs of about $2 million.")))
person("ap-02", "accounts_payable", "Riverbend Health Partners", "Accounts Payable Clerk", [
    ("keyed in medical supply invoices for 5 hospitals, matched them to purchase orders",
     "Entered medical supply invoices for 5 hospitals and matched them to purchase orders"),
    ("resolved price discrepancies with vendors, recovered $35,000 in overbillings in 2022",
     "Resolved vendor price discrepancies and recovered $35,000 in overbillings in 2022"),
    ("prepared the 1099 filings for 260 vendors at year end",
     "Prepared year-end 1099 filings for 260 vendors"),
    ("kept an Excel aging report of open invoices for the controller every Friday",
     "Maintained a weekly Excel aging report of open invoices for the controller"),
    ("switched 45 vendors off paper checks and onto ACH payments",
     "Moved 45 vendors from paper checks to ACH payments"),
    ("trained 2 new clerks on invoice coding and approval routing",
     "Trained 2 new clerks on invoice coding and approval routing"),
    ], (1, 4, ("Recovered $35,000 in vendor overbillings in 2022 and moved 45 vendors from paper "
              "checks to ACH payments")),
    ([2, 4], ("Accounts Payable Clerk who prepared 1099 filings for 260 vendors. Moved 45 vendors "
             "from paper checks to ACH payments.")))

# ------------------------------------------------------------------ tax accounting
occupation("tax_accounting", [
    "Prepare federal and state income tax returns for individuals and businesses",
    "Research tax issues and prepare workpapers",
    "Assist with tax provision and estimated payments"],
    ["tax returns", "Form 1040", "Form 1120", "1065", "workpapers", "tax provision",
     "estimated payments", "sales tax", "CCH", "UltraTax"])
person("tax-01", "tax_accounting", "Brightwater CPA Group", "Staff Tax Accountant", [
    ("about 150 Form 1040 individual tax returns per season, prepared in UltraTax",
     "Prepared about 150 Form 1040 individual tax returns each season in UltraTax"),
    ("did partnership returns (1065) for 25 real estate clients including K-1s",
     "Prepared 1065 partnership returns for 25 real estate clients, including K-1s"),
    ("put together workpapers that the reviewers signed off with few comments",
     "Assembled workpapers that reviewers signed off with few comments"),
    ("calculated quarterly estimated payments for 60 clients and sent them reminders",
     "Calculated quarterly estimated payments for 60 clients and sent reminders"),
    ("researched multistate filing questions using CCH and wrote short memos",
     "Researched multistate filing questions in CCH and wrote short memos"),
    ("answered IRS notices for clients, about 30 in a year",
     "Responded to about 30 IRS notices for clients in a year"),
    ], (0, 1, ("Prepared about 150 Form 1040 returns and 1065 partnership returns for 25 real "
              "estate clients each season")),
    ([0, 3], ("Staff Tax Accountant preparing about 150 Form 1040 returns each season. "
             "Calculated quarterly estimated payments for 60 clients.")))
person("tax-02", "tax_accounting", "Summit Ridge Manufacturing", "Tax Accountant", [
    ("prepared the Form 1120 corporate return and 9 state returns every year",
     "Prepared the annual Form 1120 corporate return and 9 state returns"),
    ("helped the tax manager with the quarterly tax provision in Excel",
     "Supported the tax manager with the quarterly tax provision in Excel"),
    ("monthly sales tax returns - 12 states - my responsibility",
     "Filed monthly sales tax returns in 12 states"),
    ("tracked fixed asset depreciation for 2,300 assets for book and tax",
     "Tracked book and tax depreciation for 2,300 fixed assets"),
    ("built workpapers for the R&D credit study with the outside advisors",
     "Built workpapers for the R&D credit study with outside advisors"),
    ("set up templates so sales tax filing time went from 4 days to 2",
     "Cut sales tax filing time from 4 days to 2 by setting up templates"),
    ], (2, 5, ("Filed monthly sales tax returns in 12 states and cut filing time from 4 days to "
              "2 with templates")),
    ([0, 1], ("Tax Accountant preparing the annual Form 1120 corporate return and 9 state "
             "returns. Supported the quarterly tax provision in Excel.")))

# ------------------------------------------------------------------ front office
occupation("front_office", [
    "Greet patients and visitors and manage the front desk",
    "Schedule appointments and verify insurance",
    "Collect copays and keep records accurate"],
    ["front desk", "scheduling", "insurance verification", "copays", "check-in",
     "multi-line phone", "EHR", "appointments", "Epic"])
person("front-01", "front_office", "Maplewood Family Clinic", "Front Office Coordinator", [
    ("front desk check-in for around 70 patients a day, plus a multi-line phone",
     "Checked in around 70 patients a day at the front desk and answered a multi-line phone"),
    ("scheduled appointments for 4 doctors in Epic and kept the waitlist moving",
     "Scheduled appointments for 4 doctors in Epic and managed the waitlist"),
    ("did insurance verification the day before visits so claims didn't bounce",
     "Completed insurance verification the day before visits to prevent denied claims"),
    ("copays at check-out, and I balanced the cash drawer at close daily",
     "Collected copays and balanced the cash drawer at close every day"),
    ("showed 3 new receptionists how check-in and Epic work",
     "Trained 3 new receptionists on check-in and Epic"),
    ("cut no-shows by calling patients with reminder calls two days ahead",
     "Reduced no-shows by making reminder calls to patients two days ahead"),
    ], (0, 3, ("Checked in around 70 patients a day at the front desk, collected copays and "
              "balanced the cash drawer at close")),
    ([0, 1], ("Front Office Coordinator checking in around 70 patients a day. Scheduled "
             "appointments for 4 doctors in Epic.")))
person("front-02", "front_office", "Harborview Physical Therapy", "Front Desk Receptionist", [
    ("first face patients and visitors saw; kept the lobby and sign-in area organized",
     "Greeted patients and visitors and kept the lobby and sign-in area organized"),
    ("booking 120 therapy appointments a week in the EHR for 6 therapists",
     "Booked 120 therapy appointments a week in the EHR across 6 therapists"),
    ("responsible for scanning intake forms + insurance cards into patient charts",
     "Scanned intake forms and insurance cards into patient charts"),
    ("insurance verification and prior authorizations for all new patients",
     "Handled insurance verification and prior authorizations for new patients"),
    ("took payments and copays, about $4,000 a week",
     "Collected payments and copays totaling about $4,000 a week"),
    ("in charge of ordering office supplies; we never went over the monthly budget",
     "Ordered office supplies; the team never went over the monthly budget"),
    ], (1, 3, ("Booked 120 therapy appointments a week in the EHR and handled insurance "
              "verification for new patients")),
    ([1, 4], ("Front Desk Receptionist booking 120 therapy appointments a week in the EHR. "
             "Collected about $4,000 a week in payments and copays.")))

# ------------------------------------------------------------------ executive assistant
occupation("executive_assistant", [
    "Manage complex calendars and travel for executives",
    "Prepare expense reports and meeting materials",
    "Handle confidential information with discretion"],
    ["calendar management", "travel arrangements", "expense reports", "Outlook", "board meetings",
     "confidential", "Concur", "event planning"])
person("exec-01", "executive_assistant", "Westfield Logistics Holdings", "Executive Assistant", [
    ("managed the calendars of the CEO and CFO in Outlook, about 40 meetings a week",
     "Managed the CEO and CFO calendars in Outlook, about 40 meetings a week"),
    ("all domestic and international travel arrangements, visas for 3 countries too",
     "Booked domestic and international travel arrangements, including visas for 3 countries"),
    ("did the monthly expense reports in Concur for 5 executives",
     "Prepared monthly expense reports in Concur for 5 executives"),
    ("board meetings every quarter - I put together the binders and slides",
     "Prepared binders and slides for quarterly board meetings"),
    ("confidential personnel files and salary documents - kept locked and logged",
     "Kept confidential personnel files and salary documents locked and logged"),
    ("planning the company holiday party (250 employees), came in under budget",
     "Planned the company holiday party for 250 employees under budget"),
    ], (0, 3, ("Managed the CEO and CFO calendars in Outlook and prepared binders and slides for "
              "quarterly board meetings")),
    ([0, 2], ("Executive Assistant managing the CEO and CFO calendars in Outlook. Prepared "
             "monthly expense reports in Concur for 5 executives.")))
person("exec-02", "executive_assistant", "Pinecrest Family Office", "Personal Executive Assistant", [
    ("ran the personal and business calendar for a family principal, including school events",
     "Managed the personal and business calendar for a family principal, including school events"),
    ("household staff schedules across 2 homes were coordinated by me",
     "Coordinated household staff schedules for 2 homes"),
    ("organized private travel arrangements, flights, cars and hotels, on short notice",
     "Organized private travel arrangements for flights, cars and hotels on short notice"),
    ("paid household bills and tracked expense reports in Excel every month",
     "Tracked household bills and monthly expense reports in Excel"),
    ("opened confidential mail and documents, records went in a secure file",
     "Handled confidential mail and documents and kept records in a secure file"),
    ("planned event planning details for 3 family gatherings of 60 guests",
     "Handled event planning for 3 family gatherings of 60 guests"),
    ], (2, 5, ("Organized private travel on short notice and handled event planning for 3 family "
              "gatherings of 60 guests")),
    ([0, 1], ("Personal Executive Assistant managing the calendar for a family principal. "
             "Coordinated household staff schedules for 2 homes.")))

# ------------------------------------------------------------------ talent acquisition
occupation("talent_acquisition", [
    "Coordinate interviews and candidate communication",
    "Maintain data in the applicant tracking system",
    "Support sourcing and hiring events"],
    ["interview scheduling", "applicant tracking system", "Greenhouse", "Workday", "sourcing",
     "offer letters", "candidate experience", "hiring events", "background checks"])
person("ta-01", "talent_acquisition", "Brookline Software Co", "Talent Acquisition Coordinator", [
    ("Greenhouse scheduling for 8 recruiters, around 60 interviews a week",
     "Scheduled around 60 interviews a week across 8 recruiters in Greenhouse"),
    ("offer letters and background checks for about 20 hires a month",
     "Handled offer letters and background checks for about 20 hires a month"),
    ("kept candidate records in the applicant tracking system clean for weekly reports",
     "Maintained clean candidate records in the applicant tracking system for weekly reports"),
    ("ran logistics for 4 campus hiring events, 300 students at each one",
     "Organized 4 campus hiring events with 300 students each"),
    ("wrote candidate emails templates that cut reply time to one day",
     "Wrote candidate email templates that cut reply time to one day"),
    ("helped sourcing for engineering roles by building LinkedIn search lists",
     "Supported sourcing for engineering roles by building LinkedIn search lists"),
    ], (0, 1, ("Scheduled around 60 interviews a week in Greenhouse and sent offer letters for "
              "about 20 hires a month")),
    ([0, 3], ("Talent Acquisition Coordinator scheduling around 60 interviews a week in "
             "Greenhouse. Organized 4 campus hiring events with 300 students each.")))
person("ta-02", "talent_acquisition", "Evergreen Regional Hospital", "Senior Recruiting Coordinator", [
    ("interview scheduling for nursing and lab roles, roughly 45 panels a month",
     "Coordinated interview scheduling for nursing and lab roles, about 45 panels a month"),
    ("moved requisitions and candidates in Workday and fixed data errors before audits",
     "Managed requisitions and candidates in Workday and fixed data errors before audits"),
    ("monthly hiring events I ran filled 35 nurse aide positions",
     "Ran monthly hiring events that filled 35 nurse aide positions"),
    ("sent candidates a survey after interviews, candidate experience results went to managers",
     "Surveyed candidates after interviews and shared candidate experience results with managers"),
    ("I trained 5 coordinators how to do the offer letters process",
     "Trained 5 coordinators on the offer letters process"),
    ("tracked license checks and background checks for every clinical hire",
     "Tracked license and background checks for every clinical hire"),
    ], (0, 2, ("Coordinated about 45 interview panels a month and ran hiring events that filled "
              "35 nurse aide positions")),
    ([0, 1], ("Senior Recruiting Coordinator handling interview scheduling for nursing and lab "
             "roles. Managed requisitions and candidates in Workday.")))

# ------------------------------------------------------------------ bartending / hospitality
occupation("bartending", [
    "Prepare and serve cocktails, beer and wine to guests",
    "Handle cash and POS transactions accurately",
    "Follow responsible alcohol service and food safety rules"],
    ["cocktails", "POS", "cash handling", "inventory", "TIPS certification", "guest service",
     "wine", "beer", "ServSafe"])
person("bar-01", "bartending", "Harbor Lights Dinner Cruises", "Bartender", [
    ("made cocktails, beer and wine service for up to 200 guests a cruise",
     "Served cocktails, beer and wine for up to 200 guests a cruise"),
    ("rang up orders on the POS and closed out my cash drawer without shortages",
     "Rang up orders on the POS and closed out the cash drawer without shortages"),
    ("held TIPS certification and checked IDs at every boarding",
     "Checked IDs at every boarding while holding TIPS certification"),
    ("Sunday bar inventory count was mine, plus writing up the order list",
     "Counted the Sunday bar inventory and wrote the order list"),
    ("set up and broke down 2 bars on the upper deck for private charters",
     "Set up and broke down 2 upper deck bars for private charters"),
    ("came up with a 6 cocktails seasonal menu, they turned into our top sellers",
     "Created a seasonal menu of 6 cocktails that became the top sellers"),
    ], (0, 1, ("Served cocktails, beer and wine for up to 200 guests a cruise and rang up orders "
              "on the POS")),
    ([0, 2], ("Bartender serving cocktails, beer and wine for up to 200 guests a cruise. "
             "Checked IDs at every boarding with TIPS certification.")))
person("bar-02", "bartending", "Copper Kettle Taproom", "Lead Bartender", [
    ("poured 16 draft beer lines and knew the tap list well enough to recommend pairings",
     "Poured 16 draft beer lines and recommended pairings from the tap list"),
    ("trainer for 4 new bartenders - cash handling and the POS",
     "Trained 4 new bartenders on cash handling and the POS"),
    ("friendly guest service even on busy weekend nights with 150 covers",
     "Kept guest service friendly on busy weekend nights with 150 covers"),
    ("measured pours and tracked inventory weekly so liquor waste went down",
     "Cut liquor waste by measuring pours and tracking inventory weekly"),
    ("kept ServSafe food handler card current and cleaned the bar to health code",
     "Kept a current ServSafe food handler card and cleaned the bar to health code"),
    ("built the wine by the glass list of 12 wines with the owner",
     "Built a wine by the glass list of 12 wines with the owner"),
    ], (1, 3, ("Trained 4 new bartenders on cash handling and the POS and cut liquor waste by "
              "tracking inventory weekly")),
    ([0, 1], ("Lead Bartender pouring 16 draft beer lines. Trained 4 new bartenders on cash "
             "handling and the POS.")))

# ------------------------------------------------------------------ warehouse clerk
occupation("warehouse_clerk", [
    "Receive, stock and pick orders accurately",
    "Operate forklift and pallet jack safely",
    "Keep inventory records and cycle counts accurate"],
    ["receiving", "forklift", "pallet jack", "cycle counts", "inventory", "RF scanner",
     "shipping", "WMS", "safety"])
person("wh-01", "warehouse_clerk", "Tri-County Foods Distribution", "Warehouse Clerk", [
    ("receiving: unloading and checking in 10 to 15 trailers a shift",
     "Unloaded and checked in 10 to 15 trailers a shift at receiving"),
    ("order picker with an RF scanner, about 180 orders a day, 99.8% accuracy",
     "Picked about 180 orders a day with an RF scanner at 99.8% accuracy"),
    ("drove forklift and pallet jack with no safety incidents in 3 years",
     "Operated forklift and pallet jack with no safety incidents in 3 years"),
    ("did daily cycle counts and fixed inventory mismatches in the WMS",
     "Completed daily cycle counts and fixed inventory mismatches in the WMS"),
    ("nightly staging of outbound shipping for 8 delivery routes",
     "Staged outbound shipping for 8 delivery routes every night"),
    ("cooler stock rotation first in first out, nothing expired on the shelf",
     "Rotated cooler stock first in first out so nothing expired on the shelf"),
    ], (1, 3, ("Picked about 180 orders a day at 99.8% accuracy and completed daily cycle counts "
              "in the WMS")),
    ([1, 2], ("Warehouse Clerk picking about 180 orders a day at 99.8% accuracy. Operated "
             "forklift and pallet jack with no safety incidents in 3 years.")))
person("wh-02", "warehouse_clerk", "Granite Auto Parts Depot", "Inventory Clerk", [
    ("receiving parts shipments and matching packing slips to purchase orders",
     "Received parts shipments and matched packing slips to purchase orders"),
    ("labeling and shelving around 2,000 parts a week into the correct bins",
     "Labeled and shelved around 2,000 parts a week in the correct bins"),
    ("ran cycle counts on high value items every week and reported variances",
     "Ran weekly cycle counts on high value items and reported variances"),
    ("packing and shipping counter orders to 30 repair shops",
     "Packed and shipped counter orders for 30 repair shops"),
    ("certified on forklift and used it to move pallets to overhead racks",
     "Moved pallets to overhead racks as a certified forklift operator"),
    ("reorganized the returns area which cut return processing from 5 days to 2",
     "Reorganized the returns area, cutting return processing from 5 days to 2"),
    ], (0, 1, ("Received parts shipments against purchase orders and shelved around 2,000 parts "
              "a week in the correct bins")),
    ([2, 3], ("Inventory Clerk running weekly cycle counts on high value items. Packed and "
             "shipped counter orders for 30 repair shops.")))

# ------------------------------------------------------------------ machinist
occupation("machinist", [
    "Set up and operate CNC mills and lathes",
    "Read blueprints and hold tight tolerances",
    "Inspect parts with precision measuring tools"],
    ["CNC", "lathe", "mill", "blueprints", "tolerances", "G-code", "micrometers",
     "first article inspection", "Haas", "setup"])
person("mach-01", "machinist", "Ironbridge Precision Components", "CNC Machinist", [
    ("set up and ran Haas CNC mills for aluminum and steel parts, 3 shifts of experience",
     "Set up and ran Haas CNC mills for aluminum and steel parts"),
    ("work from blueprints, tolerances of plus or minus 0.0005 inch",
     "Worked from blueprints, holding tolerances of plus or minus 0.0005 inch"),
    ("edited G-code at the machine to fix tool paths and cut cycle time by 12%",
     "Edited G-code at the machine to fix tool paths, cutting cycle time by 12%"),
    ("every 10 pieces I checked parts with micrometers, calipers and height gauges",
     "Checked parts with micrometers, calipers and height gauges every 10 pieces"),
    ("did first article inspection reports for new jobs before production",
     "Completed first article inspection reports for new jobs before production"),
    ("kept scrap under 1% on my cell for a full year",
     "Kept scrap under 1% on the cell for a full year"),
    ], (1, 3, ("Held blueprint tolerances of plus or minus 0.0005 inch, checking parts with "
              "micrometers every 10 pieces")),
    ([0, 2], ("CNC Machinist running Haas CNC mills for aluminum and steel parts. Edited G-code "
             "to cut cycle time by 12%.")))
person("mach-02", "machinist", "Valley Hydraulics Works", "Machinist", [
    ("manual and CNC lathe work, hydraulic cylinder rods up to 6 feet long",
     "Ran manual and CNC lathe work on hydraulic cylinder rods up to 6 feet long"),
    ("did my own setup for short runs of 5 to 50 parts",
     "Handled setup for short runs of 5 to 50 parts"),
    ("worked from blueprints and customer sketches to make repair parts",
     "Made repair parts from blueprints and customer sketches"),
    ("used a manual mill for keyways and slots",
     "Cut keyways and slots on a manual mill"),
    ("taught 2 apprentices measuring and lathe safety",
     "Trained 2 apprentices on measuring and lathe safety"),
    ("machine upkeep: changing coolant, logging preventive maintenance",
     "Maintained the machines, changed coolant and logged preventive maintenance"),
    ], (0, 1, ("Ran CNC lathe work on hydraulic cylinder rods up to 6 feet long and handled setup "
              "for runs of 5 to 50 parts")),
    ([0, 2], ("Machinist running manual and CNC lathe work on hydraulic cylinder rods. Made "
             "repair parts from blueprints and customer sketches.")))

# ------------------------------------------------------------------ CDL / non-CDL driving
occupation("driving", [
    "Safely operate delivery vehicles on assigned routes",
    "Complete pre-trip inspections and logs",
    "Deliver freight on time and provide customer service"],
    ["CDL", "Class A", "pre-trip inspection", "ELD", "DOT", "on-time delivery", "box truck",
     "routes", "safety", "hazmat"])
person("cdl-01", "driving", "Midsouth Freight Lines", "Driver Leader", [
    ("drove a Class A tractor trailer regional routes, about 2,500 miles a week, CDL with hazmat",
     "Drove Class A regional routes of about 2,500 miles a week with a CDL and hazmat endorsement"),
    ("did pre-trip inspection every morning and wrote up defects before leaving the yard",
     "Completed a pre-trip inspection every morning and wrote up defects before leaving the yard"),
    ("hours logged on the ELD, no DOT violations in 4 years",
     "Kept hours on the ELD with no DOT violations in 4 years"),
    ("mentored 6 new drivers on their first weeks of routes",
     "Mentored 6 new drivers through their first weeks of routes"),
    ("had 98% on-time delivery over the last year",
     "Maintained 98% on-time delivery over the last year"),
    ("1 million safe miles award from the company",
     "Earned the company 1 million safe miles award"),
    ], (2, 4, ("Kept hours on the ELD with no DOT violations in 4 years and maintained 98% "
              "on-time delivery")),
    ([0, 3], ("Driver Leader driving Class A regional routes with a CDL and hazmat endorsement. "
             "Mentored 6 new drivers.")))
person("cdl-02", "driving", "Lakeshore Home Delivery", "Non-CDL Driver", [
    ("drove a 26 foot box truck delivering furniture to about 12 homes a day",
     "Drove a 26 foot box truck, delivering furniture to about 12 homes a day"),
    ("planned the order of stops on my routes with the dispatcher each morning",
     "Planned the order of stops on routes with the dispatcher each morning"),
    ("did pre-trip inspection and fuel logs every shift",
     "Completed a pre-trip inspection and fuel logs every shift"),
    ("assembled beds and tables in customer homes and got signatures",
     "Assembled beds and tables in customer homes and collected signatures"),
    ("no accidents or damage claims in 2 years of driving",
     "Drove 2 years with no accidents or damage claims"),
    ("covered extra routes during the holiday season, up to 60 hours a week",
     "Covered extra routes during the holiday season, up to 60 hours a week"),
    ], (0, 4, ("Delivered furniture to about 12 homes a day in a 26 foot box truck with no "
              "accidents or damage claims in 2 years")),
    ([0, 2], ("Non-CDL Driver delivering furniture to about 12 homes a day in a 26 foot box "
             "truck. Completed a pre-trip inspection every shift.")))

# ------------------------------------------------------------------ fleet dispatch
occupation("fleet_dispatch", [
    "Dispatch drivers and monitor loads in real time",
    "Communicate with drivers, customers and maintenance",
    "Keep accurate records in the transportation management system"],
    ["dispatch", "TMS", "load planning", "GPS tracking", "hours of service", "routes",
     "drivers", "breakdowns", "Samsara"])
person("disp-01", "fleet_dispatch", "Ridgeway Carriers", "Fleet Dispatcher", [
    ("weekend day shift dispatcher for 45 drivers, covering call-offs",
     "Dispatched 45 drivers on weekend day shifts and covered call-offs"),
    ("watched trucks on Samsara GPS tracking and warned customers about late loads",
     "Monitored trucks with Samsara GPS tracking and warned customers about late loads"),
    ("put loads and stops into the TMS, closed them out once delivered",
     "Entered loads and stops in the TMS and closed them out after delivery"),
    ("checked hours of service before giving drivers a new load",
     "Checked hours of service before assigning drivers a new load"),
    ("breakdowns - sent road service and swapped trailers",
     "Handled breakdowns by sending road service and swapping trailers"),
    ("weekend board ran at a 96% on-time rate",
     "Kept a 96% on-time rate for the weekend board"),
    ], (0, 3, ("Dispatched 45 drivers on weekend day shifts and checked hours of service before "
              "each new load")),
    ([0, 1], ("Fleet Dispatcher who dispatched 45 drivers on weekend day shifts. Monitored "
             "trucks with Samsara GPS tracking.")))
person("disp-02", "fleet_dispatch", "Bluegrass Waste Services", "Night Dispatcher", [
    ("night dispatch, 30 routes of roll-off and front load trucks",
     "Ran night dispatch for 30 routes of roll-off and front load trucks"),
    ("did load planning for the next morning so drivers left the yard by 5 am",
     "Completed load planning for the next morning so drivers left the yard by 5 am"),
    ("driver radio calls, logging breakdowns for the maintenance shop",
     "Answered driver radio calls and logged breakdowns for the maintenance shop"),
    ("used GPS tracking to reroute drivers around road closures",
     "Rerouted drivers around road closures using GPS tracking"),
    ("updated customer service orders in the TMS, about 90 a night",
     "Updated about 90 customer service orders a night in the TMS"),
    ("shift handoff report for the day supervisor every morning",
     "Wrote the shift handoff report for the day supervisor"),
    ], (0, 1, ("Ran night dispatch for 30 routes and completed load planning so drivers left "
              "the yard by 5 am")),
    ([0, 4], ("Night Dispatcher running dispatch for 30 routes of roll-off and front load "
             "trucks. Updated about 90 service orders a night in the TMS.")))

# ------------------------------------------------------------------ community association management
occupation("community_association_management", [
    "Manage a portfolio of homeowner associations",
    "Prepare budgets and attend board meetings",
    "Oversee vendors, maintenance and violation inspections"],
    ["HOA", "board meetings", "budgets", "vendors", "CMCA", "violation inspections",
     "reserve study", "homeowners", "AppFolio"])
person("hoa-01", "community_association_management", "Sandpiper Community Management",
       "Community Association Manager", [
    ("managed 7 HOA communities with a total of 1,400 homes",
     "Managed 7 HOA communities with a total of 1,400 homes"),
    ("attended monthly board meetings and wrote the agendas and minutes",
     "Attended monthly board meetings and wrote the agendas and minutes"),
    ("drafted annual budgets with the treasurer and presented them to homeowners",
     "Drafted annual budgets with the treasurer and presented them to homeowners"),
    ("did violation inspections every two weeks and sent notices through AppFolio",
     "Completed violation inspections every two weeks and sent notices through AppFolio"),
    ("got 3 bids from vendors for landscaping and pool contracts",
     "Collected 3 vendor bids for landscaping and pool contracts"),
    ("CMCA credential, earned 2021",
     "Earned the CMCA credential in 2021"),
    ], (0, 1, ("Managed 7 HOA communities with 1,400 homes and ran monthly board meetings, "
              "writing agendas and minutes")),
    ([0, 5], ("Community Association Manager overseeing 7 HOA communities with 1,400 homes. "
             "Earned the CMCA credential in 2021.")))
person("hoa-02", "community_association_management", "Oak Hollow Association Services",
       "Portfolio Manager", [
    ("oversaw a $3.2 million reserve study project for a 300 unit condo",
     "Oversaw a $3.2 million reserve study project for a 300 unit condo"),
    ("answered homeowners calls and emails within one business day",
     "Answered homeowners calls and emails within one business day"),
    ("scheduled roof and paving vendors and checked their work before payment",
     "Scheduled roof and paving vendors and checked their work before payment"),
    ("cut delinquent dues from 11% to 4% with payment plans",
     "Cut delinquent dues from 11% to 4% with payment plans"),
    ("prepared budgets and monthly financial packets for 5 boards",
     "Prepared budgets and monthly financial packets for 5 boards"),
    ("each association's annual meetings and elections were organized by me",
     "Organized annual meetings and elections for each association"),
    ], (3, 4, ("Cut delinquent dues from 11% to 4% and prepared budgets and monthly financial "
              "packets for 5 boards")),
    ([0, 4], ("Portfolio Manager who oversaw a $3.2 million reserve study project. Prepared "
             "budgets and financial packets for 5 boards.")))

# ------------------------------------------------------------------ clinician / social work
occupation("clinician_social_work", [
    "Provide crisis assessment and intervention in the community",
    "Coordinate care with police, hospitals and providers",
    "Maintain timely clinical documentation"],
    ["crisis intervention", "co-response", "case management", "LCSW", "LICSW",
     "risk assessment", "documentation", "referrals", "de-escalation", "diversion"])
person("clin-01", "clinician_social_work", "Blackstone Valley Behavioral Health",
       "Co-Response Clinician", [
    ("co-response clinician riding with police officers, about 25 calls a week",
     "Worked as the co-response clinician alongside police officers on about 25 calls a week"),
    ("did risk assessment and de-escalation on scene for people in mental health crisis",
     "Performed risk assessment and de-escalation on scene for people in mental health crisis"),
    ("made referrals to outpatient and detox programs instead of arrest, part of jail diversion",
     "Made referrals to outpatient and detox programs instead of arrest as part of jail diversion"),
    ("wrote documentation in the EHR within 24 hours of each contact",
     "Completed documentation in the EHR within 24 hours of each contact"),
    ("followed up with 40 clients a month by phone after the crisis",
     "Followed up by phone with 40 clients a month after the crisis"),
    ("LICSW licensed in Massachusetts",
     "Held an active LICSW license in Massachusetts"),
    ], (0, 2, ("Responded with police to about 25 co-response calls a week and made referrals to "
              "outpatient programs as part of jail diversion")),
    ([0, 5], ("Co-Response Clinician riding with police officers on about 25 calls a week. "
             "Held LICSW licensure in Massachusetts.")))
person("clin-02", "clinician_social_work", "Riverside Family Services", "Clinical Social Worker", [
    ("case management caseload: 35 adults with serious mental illness",
     "Carried a case management caseload of 35 adults with serious mental illness"),
    ("after-hours line crisis intervention, by phone and in person",
     "Provided crisis intervention by phone and in person for the after-hours line"),
    ("weekly coping skills group, 8 to 10 clients, which I facilitated",
     "Ran a weekly coping skills group for 8 to 10 clients"),
    ("care coordination for discharges with 3 hospitals and primary care providers",
     "Coordinated care with 3 hospitals and primary care providers for discharges"),
    ("documentation always current; 2 state audits, no findings",
     "Kept documentation current and passed 2 state audits with no findings"),
    ("LCSW with 5 years of post-license experience",
     "Brought 5 years of post-license experience as an LCSW"),
    ], (0, 3, ("Carried a case management caseload of 35 adults and coordinated care with 3 "
              "hospitals for discharges")),
    ([0, 5], ("Clinical Social Worker carrying a case management caseload of 35 adults. LCSW "
             "with 5 years of post-license experience.")))

# ------------------------------------------------------------------ regulatory affairs
occupation("regulatory_affairs", [
    "Lead global regulatory strategy for oncology products",
    "Prepare and submit IND, NDA and BLA filings",
    "Manage interactions with FDA and EMA"],
    ["FDA", "EMA", "IND", "NDA", "BLA", "regulatory strategy", "oncology", "eCTD",
     "submissions", "labeling"])
person("reg-01", "regulatory_affairs", "Alder Peak Therapeutics", "Director Regulatory Affairs", [
    ("led regulatory strategy for 3 oncology programs from IND to phase 3",
     "Led regulatory strategy for 3 oncology programs from IND to phase 3"),
    ("wrote and submitted 2 NDA submissions in eCTD format, both approved on first cycle",
     "Submitted 2 NDA submissions in eCTD format, both approved on the first cycle"),
    ("prepared briefing books and led 9 meetings with FDA",
     "Prepared briefing books and led 9 meetings with FDA"),
    ("coordinated EMA scientific advice for a European trial",
     "Coordinated EMA scientific advice for a European trial"),
    ("manager of 6 regulatory specialists",
     "Managed a team of 6 regulatory specialists"),
    ("reviewed labeling and promotional materials for compliance",
     "Reviewed labeling and promotional materials for compliance"),
    ], (0, 2, ("Led regulatory strategy for 3 oncology programs and led 9 meetings with FDA "
              "using prepared briefing books")),
    ([0, 1], ("Director Regulatory Affairs who led regulatory strategy for 3 oncology programs. "
             "Submitted 2 NDA submissions approved on the first cycle.")))
person("reg-02", "regulatory_affairs", "Kestrel Biologics", "Regulatory Affairs Manager", [
    ("filed the BLA for a monoclonal antibody, 14 modules of eCTD content",
     "Filed the BLA for a monoclonal antibody with 14 modules of eCTD content"),
    ("maintained 4 active IND files with annual reports and amendments",
     "Maintained 4 active IND files with annual reports and amendments"),
    ("tracked FDA commitments and deadlines in a shared tracker",
     "Tracked FDA commitments and deadlines in a shared tracker"),
    ("answered 60 FDA information requests during review on time",
     "Answered 60 FDA information requests on time during review"),
    ("drafted oncology labeling sections with the medical team",
     "Drafted oncology labeling sections with the medical team"),
    ("gave training to clinical staff on regulatory document standards",
     "Trained clinical staff on regulatory document standards"),
    ], (0, 3, ("Filed the BLA with 14 modules of eCTD content and answered 60 FDA information "
              "requests on time")),
    ([0, 1], ("Regulatory Affairs Manager who filed the BLA for a monoclonal antibody. "
             "Maintained 4 active IND files.")))

# ------------------------------------------------------------------ product owner
occupation("product_owner", [
    "Own and prioritize the product backlog",
    "Write user stories with clear acceptance criteria",
    "Work with Scrum teams and stakeholders to deliver releases"],
    ["backlog", "user stories", "acceptance criteria", "Scrum", "Jira", "sprint planning",
     "stakeholders", "roadmap", "Agile"])
person("po-01", "product_owner", "Clearwater Insurance Tech", "Product Owner", [
    ("owned the backlog for a claims portal team of 7 developers in Jira",
     "Owned the Jira backlog for a claims portal team of 7 developers"),
    ("my user stories had acceptance criteria testers could use directly",
     "Wrote user stories with acceptance criteria that testers used directly"),
    ("ran sprint planning and reviews every two weeks in Scrum",
     "Ran Scrum sprint planning and reviews every two weeks"),
    ("priorities were set in meetings I held with stakeholders from claims and underwriting",
     "Met with stakeholders from claims and underwriting to set priorities"),
    ("released online claim status which cut call volume by 18%",
     "Released online claim status, cutting call volume by 18%"),
    ("updated the 6 month roadmap for leadership",
     "Kept a 6 month roadmap updated for leadership"),
    ], (0, 4, ("Owned the Jira backlog for 7 developers and released online claim status, "
              "cutting call volume by 18%")),
    ([0, 1], ("Product Owner for a claims portal team of 7 developers. Wrote user stories with "
             "acceptance criteria that testers used directly.")))
person("po-02", "product_owner", "Fairmont Retail Digital", "Associate Product Owner", [
    ("groomed the backlog for the mobile checkout team and cut it from 240 items to 90",
     "Groomed the mobile checkout backlog, cutting it from 240 items to 90"),
    ("user stories and acceptance criteria for the new loyalty feature",
     "Wrote user stories and acceptance criteria for a new loyalty feature"),
    ("in daily Agile standups, answered developer questions same day",
     "Joined daily Agile standups and answered developer questions the same day"),
    ("looked at checkout analytics and found a step where 30% of users dropped",
     "Analyzed checkout data and found a step where 30% of users dropped"),
    ("did the demo of each release for stakeholders in marketing and stores",
     "Demoed each release to stakeholders in marketing and stores"),
    ("worked on the roadmap for 2 quarters with the product manager",
     "Helped plan the roadmap for 2 quarters with the product manager"),
    ], (0, 1, ("Cut the mobile checkout backlog from 240 items to 90 and wrote user stories for "
              "a new loyalty feature")),
    ([0, 3], ("Associate Product Owner for the mobile checkout team. Found a checkout step where 30% of "
             "users dropped.")))

# ------------------------------------------------------------------ hardware program management
occupation("hardware_program_management", [
    "Drive hardware programs from concept through production",
    "Manage schedules, risks and build plans with contract manufacturers",
    "Coordinate cross-functional engineering teams"],
    ["hardware", "NPI", "EVT", "DVT", "PVT", "contract manufacturer", "schedule", "risks",
     "BOM", "cross-functional"])
person("hwpm-01", "hardware_program_management", "Lumen Devices Lab", "Hardware Program Manager", [
    ("ran NPI for a smart thermostat from EVT through PVT in 14 months",
     "Ran NPI for a smart thermostat from EVT through PVT in 14 months"),
    ("managed the contract manufacturer in Shenzhen, weekly calls and 4 factory visits",
     "Managed the contract manufacturer in Shenzhen through weekly calls and 4 factory visits"),
    ("kept the master schedule and a risks log for a cross-functional team of 25",
     "Kept the master schedule and risks log for a cross-functional team of 25"),
    ("cut BOM cost by 9% with the sourcing team before mass production",
     "Cut BOM cost by 9% with the sourcing team before mass production"),
    ("organized DVT build of 300 units and tracked failures to closure",
     "Organized a DVT build of 300 units and tracked failures to closure"),
    ("weekly program status report to the VP",
     "Reported program status to the VP every week"),
    ], (0, 3, ("Ran NPI for a smart thermostat from EVT through PVT and cut BOM cost by 9% "
              "with the sourcing team")),
    ([0, 2], ("Hardware Program Manager who ran NPI for a smart thermostat from EVT through PVT "
             "in 14 months. Kept the master schedule for a cross-functional team of 25.")))
person("hwpm-02", "hardware_program_management", "Northstar Robotics", "Hardware Project Manager", [
    ("planned build schedules for 3 robot arm prototypes with mechanical and electrical leads",
     "Planned build schedules for 3 robot arm prototypes with mechanical and electrical leads"),
    ("tracked parts shortages and expedited 40 long lead components",
     "Tracked parts shortages and expedited 40 long lead components"),
    ("ran weekly cross-functional reviews of design risks and test results",
     "Ran weekly cross-functional reviews of design risks and test results"),
    ("moved the EVT build up 3 weeks by splitting the BOM into two releases",
     "Moved the EVT build up 3 weeks by splitting the BOM into two releases"),
    ("set up a Jira board for hardware issues with 5 engineering teams",
     "Set up a Jira board for hardware issues with 5 engineering teams"),
    ("authored the summary of the test plan for safety certification",
     "Wrote the test plan summary for the safety certification"),
    ], (1, 3, ("Expedited 40 long lead components and moved the EVT build up 3 weeks by splitting "
              "the BOM")),
    ([0, 2], ("Hardware Project Manager who planned build schedules for 3 robot arm prototypes. "
             "Ran weekly cross-functional reviews of design risks.")))

# ------------------------------------------------------------------ electrical design
occupation("electrical_design", [
    "Prepare electrical design drawings for power plant projects",
    "Perform cable sizing, raceway and load calculations",
    "Use AutoCAD and SmartPlant to produce deliverables"],
    ["AutoCAD", "SmartPlant", "one-line diagrams", "raceway", "cable schedules", "nuclear",
     "grounding", "load calculations", "NEC", "MicroStation"])
person("elec-01", "electrical_design", "Tidewater Power Engineering", "Senior Electrical Designer", [
    ("drew one-line diagrams and schematics in AutoCAD for a nuclear plant upgrade",
     "Drew one-line diagrams and schematics in AutoCAD for a nuclear plant upgrade"),
    ("laid out raceway and cable tray routing in SmartPlant for 2 turbine buildings",
     "Laid out raceway and cable tray routing in SmartPlant for 2 turbine buildings"),
    ("built cable schedules for about 4,000 cables",
     "Built cable schedules for about 4,000 cables"),
    ("did grounding and lighting layouts to NEC requirements",
     "Prepared grounding and lighting layouts to NEC requirements"),
    ("checked vendor drawings against the design basis and marked up 120 sheets",
     "Checked vendor drawings against the design basis and marked up 120 sheets"),
    ("mentor to 3 junior designers, drafting standards",
     "Mentored 3 junior designers on drafting standards"),
    ], (0, 2, ("Drew one-line diagrams in AutoCAD for a nuclear plant upgrade and built cable "
              "schedules for about 4,000 cables")),
    ([0, 1], ("Senior Electrical Designer who drew one-line diagrams in AutoCAD for a nuclear "
             "plant upgrade. Laid out raceway in SmartPlant.")))
person("elec-02", "electrical_design", "Prairie Grid Consultants", "Electrical Designer", [
    ("did load calculations and panel schedules for 15 commercial buildings",
     "Completed load calculations and panel schedules for 15 commercial buildings"),
    ("produced substation drawings in MicroStation for a 138 kV project",
     "Produced substation drawings in MicroStation for a 138 kV project"),
    ("sized conductors and conduit per the NEC",
     "Sized conductors and conduit per the NEC"),
    ("updated as-built drawings after field changes for 6 sites",
     "Updated as-built drawings after field changes for 6 sites"),
    ("coordinated with civil and mechanical designers on equipment layouts",
     "Coordinated with civil and mechanical designers on equipment layouts"),
    ("owned the drawing index and kept revisions organized for submittals",
     "Kept the drawing index and revisions organized for submittals"),
    ], (0, 2, ("Completed load calculations for 15 commercial buildings and sized conductors and "
              "conduit per the NEC")),
    ([0, 1], ("Electrical Designer with load calculations for 15 commercial buildings. Produced "
             "substation drawings in MicroStation for a 138 kV project.")))

# ------------------------------------------------------------------ software (.NET / full-stack)
occupation("software_engineering", [
    "Build and maintain web applications in C# and .NET",
    "Develop front ends with TypeScript and modern frameworks",
    "Write tests and work with SQL databases and CI/CD"],
    [".NET", "C#", "ASP.NET Core", "SQL Server", "TypeScript", "Svelte", "React",
     "REST APIs", "unit tests", "CI/CD", "Azure", "PostgreSQL"])
person("swe-01", "software_engineering", "Copperline Payroll Systems", ".NET Developer", [
    ("built REST APIs in C# with ASP.NET Core for the payroll product",
     "Built REST APIs in C# with ASP.NET Core for the payroll product"),
    ("wrote SQL Server stored procedures and cut a slow report from 40 seconds to 3",
     "Wrote SQL Server stored procedures, cutting a slow report from 40 seconds to 3"),
    ("added unit tests with xUnit and raised coverage from 35% to 70%",
     "Added xUnit unit tests, raising coverage from 35% to 70%"),
    ("moved builds to Azure DevOps pipelines for CI/CD",
     "Moved builds to Azure DevOps pipelines for CI/CD"),
    ("upgraded 4 services from .NET Framework to .NET 6",
     "Upgraded 4 services from .NET Framework to .NET 6"),
    ("code reviewer on pull requests for our team of 5 developers",
     "Reviewed pull requests for a team of 5 developers"),
    ], (0, 4, ("Built REST APIs in C# with ASP.NET Core and upgraded 4 services from .NET "
              "Framework to .NET 6")),
    ([0, 3], ("Built REST APIs in C# with ASP.NET Core as a .NET Developer. Moved builds to "
             "Azure DevOps pipelines for CI/CD.")))
person("swe-02", "software_engineering", "Wavecrest Learning", "Senior Full Stack Engineer", [
    ("built the course editor front end in TypeScript and Svelte",
     "Built the course editor front end in TypeScript and Svelte"),
    ("designed PostgreSQL schemas for 12 million quiz attempts",
     "Designed PostgreSQL schemas for 12 million quiz attempts"),
    ("wrote Node.js REST APIs used by the web and mobile apps",
     "Wrote Node.js REST APIs used by the web and mobile apps"),
    ("migrated 30 React pages to Svelte and cut bundle size by half",
     "Migrated 30 React pages to Svelte, cutting bundle size by half"),
    ("set up GitHub Actions for CI/CD with preview deploys",
     "Set up GitHub Actions for CI/CD with preview deploys"),
    ("3 junior engineers - mentoring them, mostly through code reviews",
     "Mentored 3 junior engineers through code reviews"),
    ], (0, 3, ("Built the course editor in TypeScript and Svelte and migrated 30 React pages to "
              "Svelte")),
    ([0, 1], ("Senior Full Stack Engineer who built the course editor front end in TypeScript "
             "and Svelte. Designed PostgreSQL schemas for 12 million quiz attempts.")))

# ------------------------------------------------------------------ retail branch leadership
occupation("retail_branch_leadership", [
    "Lead a retail branch team to sales and service goals",
    "Hire, coach and schedule staff",
    "Manage inventory, shrink and store operations"],
    ["sales goals", "coaching", "hiring", "scheduling", "inventory", "shrink",
     "customer service", "P&L", "merchandising"])
person("retail-01", "retail_branch_leadership", "Summit Outdoor Outfitters", "Branch Leader", [
    ("led a store team of 18 and beat sales goals in 10 of 12 months",
     "Led a store team of 18 and beat sales goals in 10 of 12 months"),
    ("hired and trained 9 new associates in one season",
     "Hired and trained 9 new associates in one season"),
    ("did the weekly scheduling around a $14,000 payroll budget",
     "Handled weekly scheduling around a $14,000 payroll budget"),
    ("cut shrink from 2.1% to 1.2% with bag checks and cycle counts",
     "Cut shrink from 2.1% to 1.2% with bag checks and cycle counts"),
    ("gave weekly coaching to associates on selling and customer service",
     "Gave weekly coaching to associates on selling and customer service"),
    ("set up merchandising for seasonal resets following the planograms",
     "Set up merchandising for seasonal resets following the planograms"),
    ], (0, 3, ("Led a team of 18 that beat sales goals in 10 of 12 months and cut shrink from "
              "2.1% to 1.2%")),
    ([0, 1], ("Branch Leader who led a store team of 18 and beat sales goals in 10 of 12 months. "
             "Hired and trained 9 new associates.")))
person("retail-02", "retail_branch_leadership", "Keystone Equipment Rental", "Branch Manager", [
    ("ran a rental branch with $4.5 million yearly revenue and owned the P&L",
     "Ran a rental branch with $4.5 million yearly revenue and owned the P&L"),
    ("managed inventory of 600 rental units and kept utilization above 70%",
     "Managed inventory of 600 rental units, keeping utilization above 70%"),
    ("improved customer service scores from 82 to 91 in a year",
     "Improved customer service scores from 82 to 91 in a year"),
    ("handled hiring for counter and yard staff, 7 people in 2023",
     "Handled hiring for counter and yard staff, 7 people in 2023"),
    ("2 of my counter staff got promoted to assistant manager roles after I coached them",
     "Coached 2 counter staff into assistant manager roles"),
    ("branch had zero lost time injuries for 3 years while I ran it",
     "Kept the branch at zero lost time injuries for 3 years"),
    ], (0, 1, ("Owned the P&L of a rental branch with $4.5 million yearly revenue and managed "
              "inventory of 600 rental units")),
    ([0, 2], ("Branch Manager running a rental branch with $4.5 million yearly revenue. "
             "Improved customer service scores from 82 to 91.")))

# ================================================================== real-resume styles
# Added December 2026. Evidence written the way finished resumes look, not only rough notes:
# already polished lines (the right output keeps them nearly verbatim: capitalisation, tense,
# trailing period or one plain word), terse fragments (the output states only the fragment's
# own facts), "Worked on X using Y" project lines, at most one first-person note per person.

# ------------------------------------------------------------------ web development
occupation("web_development", [
    "Build and maintain web applications and the REST APIs behind them",
    "Develop responsive front ends with a JavaScript framework such as React",
    "Write automated tests and deploy to cloud infrastructure"],
    ["React", "TypeScript", "Rails", "Node.js", "PostgreSQL", "GraphQL", "AWS", "Docker",
     "Cypress", "accessibility"])
person("web-01", "web_development", "Harbor Lane Software", "Web Developer", [
    ("Built a Rails API serving 2M requests a day.",
     "Built a Rails API serving 2M requests a day"),
    ("Migrated the checkout page from jQuery to React and cut load time by 40%",
     "Migrated the checkout page from jQuery to React, cutting load time by 40%"),
    ("worked on the search feature using Elasticsearch and Sidekiq jobs",
     "Worked on the search feature using Elasticsearch and Sidekiq jobs"),
    ("Postgres query tuning for the reporting pages",
     "Tuned Postgres queries for the reporting pages"),
    ("Code reviews for 4 frontend developers",
     "Reviewed code for 4 frontend developers"),
    ("I set up GitHub Actions so the tests run on every pull request",
     "Set up GitHub Actions to run the tests on every pull request"),
    ], (0, 3, ("Built a Rails API serving 2M requests a day and tuned Postgres queries for the "
              "reporting pages")),
    ([0, 1], ("Web Developer who built a Rails API serving 2M requests a day. Migrated the "
             "checkout page from jQuery to React, cutting load time by 40%.")))
person("web-02", "web_development", "Juniper Row Digital", "Full Stack Developer", [
    ("Develops responsive storefronts in Next.js for 9 retail clients",
     "Developed responsive storefronts in Next.js for 9 retail clients"),
    ("Wrote end-to-end tests in Cypress, raising coverage of checkout flows to 85%.",
     "Wrote end-to-end tests in Cypress, raising coverage of checkout flows to 85%"),
    ("Project: booking widget for a yoga studio chain (Vue, Node.js, Stripe)",
     "Worked on a booking widget for a yoga studio chain using Vue, Node.js and Stripe"),
    ("worked on the order tracking pages using TypeScript and GraphQL",
     "Worked on the order tracking pages using TypeScript and GraphQL"),
    ("Lighthouse audits, accessibility fixes, WCAG 2.1 AA",
     "Carried out Lighthouse audits and accessibility fixes for WCAG 2.1 AA"),
    ("Docker and AWS ECS deploys for 6 client sites",
     "Deployed 6 client sites with Docker and AWS ECS"),
    ], (0, 1, ("Developed responsive storefronts in Next.js for 9 retail clients and wrote "
              "end-to-end Cypress tests for checkout flows")),
    ([0, 5], ("Full Stack Developer who developed responsive storefronts in Next.js for 9 retail "
             "clients. Deployed 6 client sites with Docker and AWS ECS.")))

# ------------------------------------------------------------------ registered nursing
occupation("registered_nursing", [
    "Deliver safe patient care on a medical-surgical, telemetry or emergency unit",
    "Administer medications and document care accurately in the EHR",
    "Educate patients and families and support discharge planning"],
    ["telemetry", "med-surg", "medication administration", "patient education", "Epic", "BLS",
     "ACLS", "discharge planning", "wound care", "triage"])
person("rn-01", "registered_nursing", "Mercy Ridge Medical Center", "Registered Nurse", [
    ("Telemetry, 5-6 patients per shift",
     "Monitored telemetry for 5-6 patients per shift"),
    ("Administered medications and documented care in Epic for a 32-bed med-surg unit.",
     "Administered medications and documented care in Epic for a 32-bed med-surg unit"),
    ("Educate patients and families on heart failure diet and daily weights",
     "Educated patients and families on heart failure diet and daily weights"),
    ("Wound care and dressing changes, post-op patients",
     "Provided wound care and dressing changes for post-op patients"),
    ("Preceptor for 4 new grad nurses",
     "Served as preceptor for 4 new grad nurses"),
    ("I floated to the step-down unit when short staffed, about twice a month",
     "Floated to the step-down unit when short staffed, about twice a month"),
    ], (1, 2, ("Administered medications on a 32-bed med-surg unit and educated patients and "
              "families on heart failure diet")),
    ([0, 2], ("Registered Nurse monitoring telemetry for 5-6 patients per shift. Educated "
             "patients and families on heart failure diet and daily weights.")))
person("rn-02", "registered_nursing", "Lakeshore Community Hospital", "Emergency Department Nurse", [
    ("Triaged 40-50 patients per shift using the Emergency Severity Index.",
     "Triaged 40-50 patients per shift using the Emergency Severity Index"),
    ("Start IVs, draw labs and administer medications for high-acuity patients",
     "Started IVs, drew labs and administered medications for high-acuity patients"),
    ("BLS, ACLS, PALS and TNCC certified",
     "Certified in BLS, ACLS, PALS and TNCC"),
    ("Sepsis bundle compliance audits for the ED",
     "Conducted sepsis bundle compliance audits for the ED"),
    ("Discharge instructions and follow-up calls",
     "Provided discharge instructions and made follow-up calls"),
    ("Documenting assessments and interventions in Epic in real time",
     "Documented assessments and interventions in Epic in real time"),
    ], (0, 5, ("Triaged 40-50 patients per shift using the Emergency Severity Index and "
              "documented assessments in Epic in real time")),
    ([0, 2], ("Emergency Department Nurse triaging 40-50 patients per shift using the Emergency "
             "Severity Index. Certified in BLS, ACLS, PALS and TNCC.")))

# ------------------------------------------------------------------ content marketing
occupation("content_marketing", [
    "Plan and write blog posts, newsletters and long-form content",
    "Use SEO and keyword research to grow organic traffic",
    "Run the editorial calendar and report on content performance"],
    ["SEO", "blog", "editorial calendar", "newsletter", "organic traffic", "Google Analytics",
     "HubSpot", "WordPress", "keyword research", "case studies"])
person("cm-01", "content_marketing", "Fernhill Analytics", "Content Marketing Specialist", [
    ("Blog: 2 posts a week, SEO briefs",
     "Produced 2 blog posts a week and SEO briefs"),
    ("Grew organic traffic from 40,000 to 95,000 monthly sessions in 18 months.",
     "Grew organic traffic from 40,000 to 95,000 monthly sessions in 18 months"),
    ("Co-wrote 6 customer case studies with the sales team.",
     "Co-wrote 6 customer case studies with the sales team"),
    ("Monthly newsletter, 12k subscribers, HubSpot",
     "Handled the monthly newsletter for 12k subscribers in HubSpot"),
    ("Editorial calendar for blog and social",
     "Maintained the editorial calendar for blog and social posts"),
    ("I updated the 20 oldest blog posts and most of them moved back up in search",
     "Updated the 20 oldest blog posts, and most moved back up in search"),
    ], (0, 1, ("Produced 2 blog posts a week plus SEO briefs and grew organic traffic from "
              "40,000 to 95,000 monthly sessions in 18 months")),
    ([1, 2], ("Content Marketing Specialist who grew organic traffic from 40,000 to 95,000 "
             "monthly sessions in 18 months. Co-wrote 6 customer case studies with the sales "
             "team.")))
person("cm-02", "content_marketing", "Bluestem Home Goods", "Content Marketing Manager", [
    ("Managed 5 freelance writers and a $60,000 annual content budget.",
     "Managed 5 freelance writers and a $60,000 annual content budget"),
    ("launched a weekly email newsletter that grew to 25,000 subscribers",
     "Launched a weekly email newsletter that grew to 25,000 subscribers"),
    ("Gift guides and seasonal landing pages",
     "Produced gift guides and seasonal landing pages"),
    ("Keyword research in Ahrefs for product categories",
     "Conducted keyword research in Ahrefs for product categories"),
    ("Content performance reports, Google Analytics, monthly",
     "Prepared monthly content performance reports from Google Analytics"),
    ("Worked on 30 buying guides with the product team",
     "Worked with the product team on 30 buying guides"),
    ], (1, 4, ("Launched a weekly email newsletter that grew to 25,000 subscribers and prepared "
              "monthly content performance reports")),
    ([0, 1], ("Content Marketing Manager who managed 5 freelance writers and a $60,000 annual "
             "content budget. Launched a weekly email newsletter that grew to 25,000 "
             "subscribers.")))

# ------------------------------------------------------------------ skilled trades (HVAC)
occupation("skilled_trades_hvac", [
    "Diagnose and repair residential and commercial heating and cooling systems",
    "Perform preventive maintenance and install new equipment to code",
    "Handle refrigerants safely and hold an EPA 608 certification"],
    ["EPA 608", "refrigerant", "preventive maintenance", "heat pumps", "furnaces",
     "rooftop units", "service calls", "ductwork", "troubleshooting", "NATE"])
person("hvac-01", "skilled_trades_hvac", "Tri-County Comfort Systems", "HVAC Service Technician", [
    ("EPA 608 certified since 2016",
     "Held EPA 608 certification since 2016"),
    ("Residential and light commercial service calls, 6-8 a day",
     "Handled 6-8 residential and light commercial service calls a day"),
    ("Diagnosed and repaired gas furnaces, heat pumps and split AC systems.",
     "Diagnosed and repaired gas furnaces, heat pumps and split AC systems"),
    ("Refrigerant recovery and leak checks",
     "Performed refrigerant recovery and leak checks"),
    ("completed 120 preventive maintenance visits per season for service agreement customers",
     "Completed 120 preventive maintenance visits per season for service agreement customers"),
    ("I train the new apprentices on brazing and vacuum pulls",
     "Trained new apprentices on brazing and vacuum pulls"),
    ], (0, 3, ("Held EPA 608 certification since 2016 and performed refrigerant recovery and "
              "leak checks")),
    ([1, 2], ("HVAC Service Technician handling 6-8 residential and light commercial service "
             "calls a day. Diagnosed and repaired gas furnaces, heat pumps and split AC "
             "systems.")))
person("hvac-02", "skilled_trades_hvac", "Northfield Mechanical", "HVAC Installer", [
    ("New construction installs, ductwork and equipment",
     "Installed ductwork and equipment in new construction"),
    ("Rooftop units, 3-25 ton, startup and commissioning",
     "Performed startup and commissioning on 3-25 ton rooftop units"),
    ("Installed 150+ high-efficiency heat pump systems to local code.",
     "Installed 150+ high-efficiency heat pump systems to local code"),
    ("passed city mechanical inspections on the first try for 40 of 42 jobs",
     "Passed city mechanical inspections on the first try for 40 of 42 jobs"),
    ("OSHA 10 card, lift safety trained",
     "Held an OSHA 10 card and lift safety training"),
    ("I read blueprints and mechanical drawings to lay out duct runs",
     "Read blueprints and mechanical drawings to lay out duct runs"),
    ], (1, 3, ("Performed startup and commissioning on 3-25 ton rooftop units and passed city "
              "mechanical inspections on the first try for 40 of 42 jobs")),
    ([2, 3], ("HVAC Installer who installed 150+ high-efficiency heat pump systems to local "
             "code. Passed city mechanical inspections on the first try for 40 of 42 jobs.")))
