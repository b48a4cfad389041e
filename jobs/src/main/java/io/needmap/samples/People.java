package io.needmap.samples;

import java.util.Locale;

/** Fictional employees of the fictional company: names are random pairs from generic lists. */
final class People {
    private People() {}

    static final String COMPANY = "Northwind Industrial Supplies GmbH";
    static final String DOMAIN = "example.com";

    static final String[] FIRST = {
        "Anna",
        "Jonas",
        "Lena",
        "Tobias",
        "Mehmet",
        "Sofia",
        "Lukas",
        "Marie",
        "Paul",
        "Elif",
        "Niklas",
        "Julia",
        "Tom",
        "Sarah",
        "David",
        "Katarina",
        "Piotr",
        "Ana",
        "Ahmed",
        "Laura",
        "Felix",
        "Hannah",
        "Moritz",
        "Nina",
        "Jan",
        "Leonie",
        "Florian",
        "Carla",
        "Sven",
        "Jana",
        "Timo",
        "Miriam",
        "Dennis",
        "Aylin",
        "Kevin",
        "Sandra",
        "Ines",
        "Vanessa",
        "Stefan",
        "Bianca",
        "Yusuf",
        "Olga",
        "Matteo",
        "Frieda",
        "Lars",
        "Greta",
        "Emre",
        "Jörg",
        "Ute",
        "Björn",
        "Chiara",
        "Nils",
        "Zofia",
        "Rafael",
        "Tanja",
        "Benedikt",
        "Lucia",
        "John",
        "Maja",
        "Henrik",
    };
    static final String[] LAST = {
        "Berger",
        "Hoffmann",
        "Keller",
        "Wagner",
        "Schulte",
        "Brandt",
        "Krüger",
        "Vogel",
        "Lorenz",
        "Busch",
        "Franke",
        "Peters",
        "Kowalski",
        "Yilmaz",
        "Novak",
        "Rossi",
        "Jansen",
        "Winter",
        "Sommer",
        "Hartmann",
        "Seidel",
        "Engel",
        "Kuhn",
        "Pohl",
        "Lindner",
        "Graf",
        "Albrecht",
        "Brückner",
        "Dietrich",
        "Ebert",
        "Fuchs",
        "Haas",
        "Kaiser",
        "Lange",
        "Möller",
        "Nowak",
        "Otto",
        "Pfeiffer",
        "Roth",
        "Sauer",
        "Thiel",
        "Ulrich",
        "Voigt",
        "Walter",
        "Ziegler",
        "Demir",
        "Petrović",
        "García",
        "Andersen",
        "Murphy",
        "Kaya",
        "Horvath",
        "Lehmann",
        "Böhm",
        "Arnold",
        "Frey",
        "Jäger",
        "Meier",
        "Smith",
    };

    static String[] titles(String department) {
        return switch (department) {
            case "Sales" ->
                    new String[] {
                        "Account Manager",
                        "Sales Manager",
                        "Key Account Manager",
                        "Inside Sales",
                        "Area Sales Manager North"
                    };
            case "Marketing" ->
                    new String[] {
                        "Marketing Manager",
                        "Content Marketing",
                        "Product Marketing Manager",
                        "Graphic Designer",
                        "Event Manager"
                    };
            case "Finance" ->
                    new String[] {
                        "Accountant",
                        "Senior Accountant",
                        "Financial Controller",
                        "Accounts Payable",
                        "Head of Accounting",
                        "Treasury"
                    };
            case "HR" ->
                    new String[] {
                        "HR Business Partner",
                        "Recruiter",
                        "Payroll Specialist",
                        "HR Generalist",
                        "Talent Acquisition"
                    };
            case "Operations" ->
                    new String[] {
                        "Warehouse Lead",
                        "Logistics Coordinator",
                        "Shift Supervisor",
                        "Purchasing",
                        "Operations Manager",
                        "Dispatch"
                    };
            case "Customer Service" ->
                    new String[] {
                        "Customer Service Agent",
                        "Team Lead Customer Service",
                        "Service Representative",
                        "Complaints Coordinator"
                    };
            case "Engineering" ->
                    new String[] {
                        "Software Engineer",
                        "DevOps Engineer",
                        "Product Engineer",
                        "QA Engineer",
                        "Engineering Manager",
                        "Data Engineer"
                    };
            case "Executive" ->
                    new String[] {
                        "Managing Director",
                        "CFO",
                        "COO",
                        "Executive Assistant",
                        "Chief Commercial Officer"
                    };
            default -> new String[] {"Employee"};
        };
    }

    record Person(String first, String last, String title, String department) {
        String full() {
            return first + " " + last;
        }

        String email() {
            return ascii(first) + "." + ascii(last) + "@" + DOMAIN;
        }
    }

    static Person random(Rng rng, String department) {
        String[] titles = titles(department == null ? "" : department);
        return new Person(rng.pick(FIRST), rng.pick(LAST), rng.pick(titles), department);
    }

    static String ascii(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replace("ć", "c")
                .replace("í", "i")
                .replace("é", "e")
                .replace("á", "a");
    }

    /**
     * A fictional phone number: German subscriber numbers never start with 0, so +49 30 0... is
     * unassigned.
     */
    static String phone(Rng rng) {
        return "+49 30 0" + rng.between(100, 999) + " " + rng.between(1000, 9999);
    }
}
