namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>Settings and test credentials of the Aimbase fake.</summary>
public sealed class AimbaseEmulatorOptions
{
}
