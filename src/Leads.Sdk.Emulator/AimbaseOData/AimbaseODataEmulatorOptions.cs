namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>Settings and test credentials of the AimbaseOData fake.</summary>
public sealed class AimbaseODataEmulatorOptions
{
}
