namespace Leads.Sdk.LeadExec.Models;

/// <summary>The documented <c>ResponseType</c> values, sent by name (<c>No_Error</c>) or by number (<c>0</c>).</summary>
public enum LeadExecResponseType
{
    /// <summary>A value this SDK does not know (newer than the doc).</summary>
    Unknown = -1,

    /// <summary><c>No_Error</c> (0): the lead was accepted.</summary>
    NoError = 0,

    /// <summary><c>System_ID_Missing</c> (1).</summary>
    SystemIdMissing = 1,

    /// <summary><c>LeadType_ID_Missing</c> (2): <c>lid</c> is missing.</summary>
    LeadTypeIdMissing = 2,

    /// <summary><c>Vendor_ID_Missing</c> (3): <c>vid</c> is missing.</summary>
    VendorIdMissing = 3,

    /// <summary><c>No_Account_Found</c> (4): the credentials match no account.</summary>
    NoAccountFound = 4,

    /// <summary><c>Outside_Criteria</c> (5): no buyer's criteria match the lead.</summary>
    OutsideCriteria = 5,

    /// <summary><c>Duplicate_Lead</c> (6).</summary>
    DuplicateLead = 6,

    /// <summary><c>Account_Disabled</c> (7).</summary>
    AccountDisabled = 7,

    /// <summary><c>Post_Over_Max</c> (8): the source posted more than its cap.</summary>
    PostOverMax = 8,

    /// <summary><c>Data_Errors</c> (9): fields are missing or invalid; see <c>ResponseDetails</c>.</summary>
    DataErrors = 9,
}
