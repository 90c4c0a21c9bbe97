namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>Settings and test credentials of the Aimbase Lead API fake.</summary>
public sealed class AimbaseEmulatorOptions
{
    /// <summary>The user name the fake accepts in <c>Authenticate: Avala-Api {username}:{token}</c>.</summary>
    public string Username { get; set; } = "emulator-user";

    /// <summary>The API token the fake accepts.</summary>
    public string ApiToken { get; set; } = "emulator-token";

    /// <summary>The only manufacturer code the fake knows; any other <c>?manufacturer=</c> is a 400.</summary>
    public string ManufacturerCode { get; set; } = "EMU";

    /// <summary>The Lead Source names that exist "in the system"; another name fails the lead.</summary>
    public ISet<string> LeadSourceNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Website", "Trade Show", "Dealer Referral" };

    /// <summary>The Lead Type names that exist.</summary>
    public ISet<string> LeadTypeNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Request Brochure", "Request Quote", "Contact Dealer" };

    /// <summary>The Lead Category names that exist.</summary>
    public ISet<string> LeadCategoryNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Referral Traffic", "Organic", "Paid" };

    /// <summary>
    /// The doc's table marks <c>Brands</c>, <c>IsCommunicationOptIn</c> and a product's <c>BrandCode</c> required, while its
    /// text ("If no brand value is provided, the lead will be assigned to all of the manufacturer's brands", "If a value is
    /// passed") and both of its examples leave them empty. False (the default) follows the text and the examples and accepts
    /// a lead without them; true enforces the table, as a stricter server may, so tests can see the client report that
    /// server's answer.
    /// </summary>
    public bool EnforceTableRequiredMarks { get; set; }

    /// <summary>
    /// Lead fields the fake accepts beyond the doc's schema, as a server that knows a field this SDK does not (names compared
    /// ordinally); empty by default, so an undocumented field fails the lead. Each such field a lead carries is echoed back
    /// in that lead's response record under the same name, a record field the doc does not describe: in JSON the value as
    /// received (any JSON value), in XML an element with the received element's text. So a test can send a field the model
    /// lacks and read a record field the model does not know.
    /// </summary>
    public ISet<string> UndocumentedLeadFields { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>When true, every valid request fails with the documented 500 (an unknown error during the import).</summary>
    public bool SimulateImportFailure { get; set; }
}
