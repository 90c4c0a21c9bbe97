namespace Leads.Sdk.Emulator.LeadExec;

/// <summary>Settings and test credentials of the LeadExec fake.</summary>
public sealed class LeadExecEmulatorOptions
{
}
