namespace Leads.Sdk.Emulator.CrmApi;

/// <summary>Settings and test credentials of the CrmApi fake.</summary>
public sealed class CrmApiEmulatorOptions
{
}
