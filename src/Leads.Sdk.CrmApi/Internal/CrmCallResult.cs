namespace Leads.Sdk.CrmApi.Internal;

/// <summary>The outcome of one call: the data, or the exception to throw, and whether the server refused the token.</summary>
/// <typeparam name="T">The data type.</typeparam>
internal readonly record struct CrmCallResult<T>(T? Data, LeadsApiException? Error, bool TokenRejected)
{
    public T GetDataOrThrow() => Error is null ? Data! : throw Error;
}
