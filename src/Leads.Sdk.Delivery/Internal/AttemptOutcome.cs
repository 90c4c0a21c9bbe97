namespace Leads.Sdk.Delivery.Internal;

/// <summary>What one step of a delivery found out: a send's result, or the settling of a request that may have arrived.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Reason">Why, for the operator (no secrets).</param>
/// <param name="ApiIdentifiers">For <see cref="AttemptOutcomeKind.Delivered"/>, the API's identifiers.</param>
/// <param name="RetryAfter">For a transient failure, the wait the server asked for.</param>
internal sealed record AttemptOutcome(AttemptOutcomeKind Kind, string? Reason, IReadOnlyDictionary<string, string>? ApiIdentifiers = null, TimeSpan? RetryAfter = null)
{
    public static AttemptOutcome Delivered(IReadOnlyDictionary<string, string> ids, string? reason = null) => new(AttemptOutcomeKind.Delivered, reason, ids);

    public static AttemptOutcome Rejected(string reason) => new(AttemptOutcomeKind.Rejected, reason);

    public static AttemptOutcome Transient(string reason, TimeSpan? retryAfter = null) => new(AttemptOutcomeKind.Transient, reason, RetryAfter: retryAfter);

    public static AttemptOutcome MayHaveReached(string reason) => new(AttemptOutcomeKind.MayHaveReachedServer, reason);

    public static AttemptOutcome NotReceived(string? reason = null) => new(AttemptOutcomeKind.NotReceived, reason);

    public static AttemptOutcome Unknown(string reason) => new(AttemptOutcomeKind.Unknown, reason);
}
