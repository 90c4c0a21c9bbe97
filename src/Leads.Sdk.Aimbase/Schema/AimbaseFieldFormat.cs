namespace Leads.Sdk.Aimbase.Schema;

/// <summary>How a documented field's value is written on the wire (the same in JSON and XML).</summary>
internal enum AimbaseFieldFormat
{
    /// <summary>Free text, sent as given.</summary>
    Text,

    /// <summary>An ISO 3166-1 alpha-2 country code: exactly two ASCII letters.</summary>
    CountryCode,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>Y</c> or <c>N</c>.</summary>
    YesNo,

    /// <summary>The condition code <c>N</c>, <c>U</c> or <c>S</c>.</summary>
    ConditionCode,

    /// <summary>A whole number in invariant digits.</summary>
    Number,

    /// <summary>A GUID in the <c>D</c> format.</summary>
    Guid,

    /// <summary>A date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A date and time with its UTC offset (ISO 8601).</summary>
    Timestamp,

    /// <summary>A collection of objects with their own fields (in XML, a wrapper element with one item element each).</summary>
    List,
}
