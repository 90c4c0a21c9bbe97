namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>How the fake checks a field's value.</summary>
internal enum AimbaseFieldKind
{
    Text,
    Guid,
    Boolean,
    DateTimeOffset,
    Date,
    YesNo,
    ConditionCode,
    CountryCode,
    ModelYear,
    List,
}
