namespace Leads.Sdk.LeadExec.Validation;

/// <summary>
/// The contact fields a PING must not carry. The doc's PING section: "Submit only the data that is used to determine
/// eligibility, contact information should be excluded from the post". It lists no names; these are the contact fields the
/// doc itself names for a lead (<c>FirstName</c>, <c>LastName</c>, <c>Email</c> in its insert examples and code samples,
/// <c>email</c> in the duplicate check), compared ignoring case because the doc's own casing varies. Other contact fields
/// depend on the account's post documentation, which the SDK cannot know (docs/decisions.md).
/// </summary>
internal static class LeadExecPingContactFields
{
    private static readonly string[] Names = ["FirstName", "LastName", "Email"];

    /// <summary>Whether <paramref name="name"/> is one of the documented contact fields, ignoring case.</summary>
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
