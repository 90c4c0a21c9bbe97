namespace Leads.Sdk.LeadExec.Validation;

/// <summary>
/// The contact fields a PING must not carry. The doc's PING section: "Submit only the data that is used to determine
/// eligibility, contact information should be excluded from the post". It lists no names, so these are the fields that
/// hold contact information by any reading: the ones the doc itself names for a lead (<c>FirstName</c>, <c>LastName</c>,
/// <c>Email</c> in its insert examples and code samples, <c>email</c> in the duplicate check) and the usual names of a
/// person's phone number and street address. Compared ignoring case because the doc's own casing varies; eligibility data
/// such as <c>ZipCode</c> or <c>State</c> is not contact information and is sent (docs/decisions.md).
/// </summary>
internal static class LeadExecPingContactFields
{
    private static readonly string[] Names =
    [
        "FirstName", "LastName", "Email", "EmailAddress",
        "Phone", "PhoneNumber", "HomePhone", "WorkPhone", "CellPhone", "MobilePhone", "PrimaryPhone", "SecondaryPhone",
        "Address", "Address1", "Address2", "StreetAddress",
    ];

    /// <summary>Whether <paramref name="name"/> is one of the contact fields, ignoring case.</summary>
    public static bool Contains(string name)
    {
        foreach (var contact in Names)
        {
            if (string.Equals(name, contact, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
