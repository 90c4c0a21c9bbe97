namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>
/// One documented field: its name, maximum length, whether it is required, and its format. <paramref name="RequiredByTableOnly"/>
/// marks a field the doc's table marks required (X) while its own text or examples leave it empty: required only when
/// <see cref="AimbaseEmulatorOptions.EnforceTableRequiredMarks"/> is set.
/// </summary>
internal sealed record AimbaseField(string Name, int MaxLength = 0, bool Required = false, AimbaseFieldKind Kind = AimbaseFieldKind.Text, bool RequiredByTableOnly = false);
