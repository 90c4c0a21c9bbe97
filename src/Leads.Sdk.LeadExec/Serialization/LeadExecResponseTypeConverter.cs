using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>Reads <c>ResponseType</c> by its documented name (<c>No_Error</c>) or number (<c>0</c>); unknown values become <see cref="LeadExecResponseType.Unknown"/>.</summary>
internal sealed class LeadExecResponseTypeConverter : TolerantEnumConverter<LeadExecResponseType>
{
    public static readonly LeadExecResponseTypeConverter Instance = new();

    public LeadExecResponseTypeConverter()
        : base(
            LeadExecResponseType.Unknown,
            (LeadExecResponseType.NoError, "No_Error"),
            (LeadExecResponseType.SystemIdMissing, "System_ID_Missing"),
            (LeadExecResponseType.LeadTypeIdMissing, "LeadType_ID_Missing"),
            (LeadExecResponseType.VendorIdMissing, "Vendor_ID_Missing"),
            (LeadExecResponseType.NoAccountFound, "No_Account_Found"),
            (LeadExecResponseType.OutsideCriteria, "Outside_Criteria"),
            (LeadExecResponseType.DuplicateLead, "Duplicate_Lead"),
            (LeadExecResponseType.AccountDisabled, "Account_Disabled"),
            (LeadExecResponseType.PostOverMax, "Post_Over_Max"),
            (LeadExecResponseType.DataErrors, "Data_Errors"))
    {
    }
}
