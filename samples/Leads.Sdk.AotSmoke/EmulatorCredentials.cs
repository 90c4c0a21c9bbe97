namespace Leads.Sdk.AotSmoke;

/// <summary>The emulator's default test credentials (LeadsEmulatorOptions defaults; the host runs with them).</summary>
internal static class EmulatorCredentials
{
    public const string AimbaseUsername = "emulator-user";
    public const string AimbaseApiToken = "emulator-token";
    public const string AimbaseManufacturerCode = "EMU";
    public const string ODataUsername = "odata-user";
    public const string ODataApiToken = "odata-test-token";
    public const int LeadExecVendorId = 1001;
    public const int LeadExecLeadTypeId = 10;
    public const int LeadExecAffiliateId = 5;
    public const string LeadExecPassword = "emulator-password";
    public const string CrmUsername = "emulator-user";
    public const string CrmPassword = "emulator-password";
    public const string CrmOrganisation = "EMULATOR";
}
