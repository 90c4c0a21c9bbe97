namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Receives a lead's fields from <see cref="Schema.AimbaseFieldList{T}.Visit"/> in wire order, each with its wire name and
/// its typed value (null when not set), so a visitor formats only what it needs.
/// </summary>
internal interface IAimbaseLeadFieldVisitor
{
    /// <summary>Free text as the caller gave it.</summary>
    void Text(string name, string? value);

    /// <summary>A fixed wire literal (an enum's code, <c>Y</c>/<c>N</c>); never needs escaping or checking.</summary>
    void Literal(string name, string? value);

    /// <summary>A boolean, sent as <c>true</c> / <c>false</c>.</summary>
    void Boolean(string name, bool? value);

    /// <summary>A whole number, sent in invariant digits.</summary>
    void Number(string name, int? value);

    /// <summary>A GUID, sent in the <c>D</c> format.</summary>
    void Guid(string name, Guid? value);

    /// <summary>A date, sent as <see cref="AimbaseDateOnlyConverter.WireFormat"/>.</summary>
    void Date(string name, DateOnly? value);

    /// <summary>A date and time with offset, sent as <see cref="AimbaseLeadDateConverter.WireFormat"/>.</summary>
    void Timestamp(string name, DateTimeOffset? value);

    /// <summary>A non-null collection starts; its items follow, then <see cref="EndList"/>.</summary>
    void StartList(string name);

    /// <summary>An item of the current collection starts; its fields follow, then <see cref="EndItem"/>.</summary>
    void StartItem(string name, int index);

    /// <summary>The current item ends.</summary>
    void EndItem();

    /// <summary>The current collection ends.</summary>
    void EndList();
}
