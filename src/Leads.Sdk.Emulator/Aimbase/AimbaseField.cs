namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>One documented field: its name, maximum length, whether it is required, and its format.</summary>
internal sealed record AimbaseField(string Name, int MaxLength = 0, bool Required = false, AimbaseFieldKind Kind = AimbaseFieldKind.Text);
