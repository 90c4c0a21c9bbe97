namespace Leads.Sdk.Benchmarks.LeadExec;

/// <summary>The lead both LeadExec insert cases post: 20 fields, the emulator's required FirstName, LastName and Email among them.</summary>
internal static class LeadExecData
{
    public static KeyValuePair<string, string>[] Fields() =>
    [
        new("FirstName", "John"), new("LastName", "Doe"), new("Email", "noemail@leads.com"), new("Phone", "7025551212"),
        new("Address", "123 Main St"), new("City", "Las Vegas"), new("State", "NV"), new("Zip", "89101"),
        new("DateOfBirth", "5/17/1980"), new("Homeowner", "true"), new("Income", "85000"), new("Employer", "A&B = C+D"),
        new("JobTitle", "Engineer"), new("CreditRating", "Good"), new("LoanAmount", "250000"), new("PropertyValue", "400000"),
        new("IpAddress", "203.0.113.7"), new("UserAgent", "Mozilla/5.0 (X11; Linux x86_64)"), new("SubId", "campaign-42"), new("Comments", "Call after 5pm, please."),
    ];
}
