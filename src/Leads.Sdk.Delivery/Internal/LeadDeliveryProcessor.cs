using System.Globalization;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Delivery.Diagnostics;
using Leads.Sdk.Delivery.Storage;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.Delivery.Internal;

/// <summary>
/// Takes one leased delivery one step further: settles a request that may have arrived, expires a lead past its
/// deadline, or sends it and stores what happened. The order of writes is what makes a crash safe: the attempt is
/// recorded (durably) before the request goes out, and the outcome after the answer; a worker that dies in between
/// leaves the delivery "in doubt", which the next worker settles before anything is sent again.
/// </summary>
internal sealed partial class LeadDeliveryProcessor(
    IServiceScopeFactory scopes,
    IEnumerable<ILeadDeliveryResolver> resolvers,
    IOptions<LeadDeliveryOptions> options,
    LeadDeliveryMetrics metrics,
    TimeProvider time,
    ILogger<LeadDeliveryProcessor> logger)
{
    private readonly LeadDeliveryOptions _options = options.Value;

    public async Task ProcessAsync(ILeadOutboxStore store, LeadOutboxLease lease, CancellationToken cancellationToken)
    {
        var item = lease.Item;
        LeadDelivery delivery;
        try
        {
            delivery = LeadDeliveryMapper.ToDelivery(item);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            await CompleteAsync(store, lease, LeadDeliveryState.Rejected, $"The stored request could not be read ({exception.GetType().Name}); it was never sent by this worker.", null).ConfigureAwait(false);
            return;
        }

        if (item.InDoubt)
        {
            LogSettling(logger, item.Id, item.Api);
            var settled = await SettleAsync(delivery, cancellationToken).ConfigureAwait(false);
            switch (settled.Kind)
            {
                case AttemptOutcomeKind.Delivered:
                    await CompleteAsync(store, lease, LeadDeliveryState.Delivered, settled.Reason, settled.ApiIdentifiers).ConfigureAwait(false);
                    return;
                case AttemptOutcomeKind.Unknown:
                    await CompleteAsync(store, lease, LeadDeliveryState.Unknown, settled.Reason, null).ConfigureAwait(false);
                    return;
                case AttemptOutcomeKind.NotReceived:
                    break;
                default:
                    // The check itself failed: still in doubt, asked again later (or Unknown once past the deadline).
                    if (time.GetUtcNow() >= item.Deadline)
                    {
                        await CompleteAsync(store, lease, LeadDeliveryState.Unknown, $"Still unresolved at the deadline: {settled.Reason}", null).ConfigureAwait(false);
                    }
                    else
                    {
                        await RescheduleAsync(store, lease, item.Attempts, settled, inDoubt: true).ConfigureAwait(false);
                    }

                    return;
            }
        }

        if (time.GetUtcNow() >= item.Deadline)
        {
            var why = item.Reason is null ? "The deadline passed before the lead could be sent." : $"The deadline passed before the lead could be delivered; last error: {item.Reason}";
            await CompleteAsync(store, lease, LeadDeliveryState.Expired, why, null).ConfigureAwait(false);
            return;
        }

        // Durable before the request goes out: from here on a crash means "may have reached the server".
        if (!await store.MarkAttemptStartedAsync(lease, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false))
        {
            LogLeaseLost(logger, item.Id);
            return;
        }

        AttemptOutcome outcome;
        try
        {
            outcome = await SendAsync(delivery, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-send: the request may be out; leave it in doubt for the next worker, released now.
            await store.RescheduleAsync(lease, time.GetUtcNow(), "The worker stopped while the request was being sent.", inDoubt: true, CancellationToken.None).ConfigureAwait(false);
            return;
        }
        catch (Exception exception)
        {
            outcome = DeliveryFailureClassifier.Classify(exception, time);
        }

        var attempts = item.Attempts + 1;
        switch (outcome.Kind)
        {
            case AttemptOutcomeKind.Delivered:
                await CompleteAsync(store, lease, LeadDeliveryState.Delivered, outcome.Reason, outcome.ApiIdentifiers).ConfigureAwait(false);
                break;
            case AttemptOutcomeKind.Rejected:
                await CompleteAsync(store, lease, LeadDeliveryState.Rejected, outcome.Reason, null).ConfigureAwait(false);
                break;
            case AttemptOutcomeKind.MayHaveReachedServer:
                LogMayHaveReached(logger, item.Id, item.Api, outcome.Reason);
                await RescheduleAsync(store, lease, attempts, outcome, inDoubt: true).ConfigureAwait(false);
                break;
            default:
                var next = NextAttemptAt(attempts, outcome.RetryAfter);
                if (next >= item.Deadline)
                {
                    await CompleteAsync(store, lease, LeadDeliveryState.Expired, $"The next attempt would come after the deadline; last error: {outcome.Reason}", null).ConfigureAwait(false);
                }
                else
                {
                    await RescheduleAsync(store, lease, attempts, outcome, inDoubt: false).ConfigureAwait(false);
                }

                break;
        }
    }

    /// <summary>When to try again after <paramref name="attempts"/> attempts: the server's <c>Retry-After</c> if it gave one, else exponential backoff.</summary>
    internal DateTimeOffset NextAttemptAt(int attempts, TimeSpan? retryAfter)
    {
        var backoff = _options.InitialRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = retryAfter ?? (backoff > _options.MaxRetryDelay ? _options.MaxRetryDelay : backoff);
        return time.GetUtcNow() + delay;
    }

    private async Task<AttemptOutcome> SendAsync(LeadDelivery delivery, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var services = scope.ServiceProvider;
            switch (delivery.Api)
            {
                case LeadDeliveryApi.Aimbase:
                {
                    var result = await services.GetRequiredService<IAimbaseClient>().CreateLeadsAsync([delivery.AimbaseLead!], null, cancellationToken).ConfigureAwait(false);
                    return AimbaseOutcome(result);
                }

                case LeadDeliveryApi.LeadExec:
                {
                    var result = await services.GetRequiredService<ILeadExecClient>().CreateLeadAsync(delivery.LeadExecRequest!, cancellationToken).ConfigureAwait(false);
                    return result.IsValidPost
                        ? AttemptOutcome.Delivered(Identifiers(("LeadIdentifier", result.LeadId?.ToString(CultureInfo.InvariantCulture)), ("PostID", result.PostId)), result.ResponseDetails)
                        : AttemptOutcome.Rejected($"{result.ResponseType}: {result.ResponseDetails}");
                }

                default:
                {
                    var result = await services.GetRequiredService<ICrmApiClient>().CreateLeadAsync(delivery.CrmRequest!, cancellationToken).ConfigureAwait(false);
                    return AttemptOutcome.Delivered(Identifiers(("id", result.Id), ("number", result.Number)));
                }
            }
        }
    }

    private static AttemptOutcome AimbaseOutcome(AimbaseCreateLeadsResult result)
    {
        var lead = result.Leads.Count == 1 ? result.Leads[0] : null;
        if (lead is { Status: AimbaseLeadStatus.Success })
        {
            return AttemptOutcome.Delivered(Identifiers(("Id", lead.Id), ("LeadApiIdentifier", lead.LeadApiIdentifier)), lead.StatusMessage);
        }

        if (lead is { IsClientSideFailure: true } || lead is { Status: AimbaseLeadStatus.Failure })
        {
            var messages = string.Join("; ", lead.Messages.Select(message => message.ToString()));
            return AttemptOutcome.Rejected(string.Join(" ", new[] { lead.StatusMessage, messages, result.TopLevelError }.Where(text => !string.IsNullOrEmpty(text))));
        }

        if (result.TopLevelError is { } error && lead is null)
        {
            return AttemptOutcome.Rejected(error);
        }

        // An answer without a readable status for this lead: it may have been stored.
        return AttemptOutcome.MayHaveReached($"The answer gave no status for the lead{(result.TopLevelError is null ? "" : $" ({result.TopLevelError})")}.");
    }

    private async Task<AttemptOutcome> SettleAsync(LeadDelivery delivery, CancellationToken cancellationToken)
    {
        var previous = delivery.Reason is null ? "An attempt started and recorded no outcome (the worker stopped or lost its lease)." : delivery.Reason;
        try
        {
            if (delivery.Api == LeadDeliveryApi.LeadExec)
            {
                return await CheckLeadExecDuplicateAsync(delivery, previous, cancellationToken).ConfigureAwait(false);
            }

            var resolver = resolvers.LastOrDefault(candidate => candidate.Api == delivery.Api);
            if (resolver is null)
            {
                return AttemptOutcome.Unknown(
                    $"The request may have reached the server ({previous}) and {delivery.Api} documents no lookup by request; " +
                    "no ILeadDeliveryResolver is registered. Check the API, then cancel or requeue this delivery.");
            }

            var resolution = await resolver.ResolveAsync(delivery, cancellationToken).ConfigureAwait(false);
            return resolution.Kind switch
            {
                LeadDeliveryResolutionKind.Delivered => AttemptOutcome.Delivered(resolution.ApiIdentifiers, "Found by the resolver after an uncertain attempt."),
                LeadDeliveryResolutionKind.NotReceived => AttemptOutcome.NotReceived(),
                _ => AttemptOutcome.Unknown($"The request may have reached the server ({previous}); the resolver could not tell: {resolution.Reason}"),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var failure = DeliveryFailureClassifier.Classify(exception, time);
            return failure.Kind == AttemptOutcomeKind.Rejected
                ? AttemptOutcome.Unknown($"The request may have reached the server ({previous}); checking failed: {failure.Reason}")
                : AttemptOutcome.Transient($"Checking whether the lead arrived failed: {failure.Reason}", failure.RetryAfter);
        }
    }

    private async Task<AttemptOutcome> CheckLeadExecDuplicateAsync(LeadDelivery delivery, string previous, CancellationToken cancellationToken)
    {
        var request = delivery.LeadExecRequest!;
        var check = new LeadExecCheckDuplicateLeadRequest
        {
            // The duplicate check documents form and JSON bodies only.
            Encoding = request.Encoding is LeadExecEncoding.Form or LeadExecEncoding.Json ? request.Encoding : null,
            Credentials = request.Credentials is { } credentials
                ? new LeadExecCredentials { VendorId = credentials.VendorId, LeadTypeId = credentials.LeadTypeId, AffiliateId = credentials.AffiliateId }
                : null,
        };
        foreach (var name in _options.LeadExecDuplicateCheckFields)
        {
            if (request.Lead?.Fields[name] is { } value && !check.Fields.Any(field => string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                check.Fields.Set(name, value);
            }
        }

        if (check.Fields.Count == 0)
        {
            return AttemptOutcome.Unknown(
                $"The request may have reached the server ({previous}); the lead has none of the duplicate-check fields " +
                $"({string.Join(", ", _options.LeadExecDuplicateCheckFields)}), so it cannot be checked.");
        }

        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var result = await scope.ServiceProvider.GetRequiredService<ILeadExecClient>().CheckDuplicateLeadAsync(check, cancellationToken).ConfigureAwait(false);
            if (!result.IsDuplicate)
            {
                return AttemptOutcome.NotReceived();
            }

            if (result.ReceivedOn is not { } receivedOn)
            {
                return AttemptOutcome.Unknown($"The request may have reached the server ({previous}); the duplicate check found lead {result.DuplicateLeadId} but gave no ReceivedOn, so it cannot tell whether it is this one.");
            }

            var firstAttempt = delivery.FirstAttemptStartedAt ?? delivery.EnqueuedAt;
            if (receivedOn >= firstAttempt - _options.LeadExecDuplicateClockTolerance)
            {
                return AttemptOutcome.Delivered(
                    Identifiers(("LeadIdentifier", result.DuplicateLeadId?.ToString(CultureInfo.InvariantCulture))),
                    $"Confirmed by the duplicate check after an uncertain attempt: received {receivedOn:O}.");
            }

            // A duplicate older than this lead's first attempt is someone else's lead: this one did not arrive.
            return AttemptOutcome.NotReceived();
        }
    }

    private async Task CompleteAsync(ILeadOutboxStore store, LeadOutboxLease lease, LeadDeliveryState state, string? reason, IReadOnlyDictionary<string, string>? ids)
    {
        var now = time.GetUtcNow();
        var identifiers = ids is null ? null : LeadDeliveryMapper.WriteIdentifiers(ids);

        // Not cancellable: the outcome is known and must be stored, even during shutdown.
        if (!await store.CompleteAsync(lease, new LeadOutboxCompletion(state, reason, identifiers, now), CancellationToken.None).ConfigureAwait(false))
        {
            LogLeaseLost(logger, lease.Item.Id);
            return;
        }

        metrics.Completed(lease.Item.Api, state, now - lease.Item.EnqueuedAt);
        switch (state)
        {
            case LeadDeliveryState.Delivered:
                LogDelivered(logger, lease.Item.Id, lease.Item.Api);
                break;
            case LeadDeliveryState.Unknown:
                LogUnknown(logger, lease.Item.Id, lease.Item.Api, reason);
                break;
            default:
                LogFinal(logger, lease.Item.Id, lease.Item.Api, state, reason);
                break;
        }
    }

    private async Task RescheduleAsync(ILeadOutboxStore store, LeadOutboxLease lease, int attempts, AttemptOutcome outcome, bool inDoubt)
    {
        var next = NextAttemptAt(attempts, outcome.RetryAfter);
        if (!await store.RescheduleAsync(lease, next, outcome.Reason, inDoubt, CancellationToken.None).ConfigureAwait(false))
        {
            LogLeaseLost(logger, lease.Item.Id);
            return;
        }

        LogRescheduled(logger, lease.Item.Id, lease.Item.Api, next, outcome.Reason);
    }

    private static Dictionary<string, string> Identifiers(params (string Name, string? Value)[] values)
    {
        var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                identifiers[name] = value;
            }
        }

        return identifiers;
    }

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Lead delivery {DeliveryId} to {Api} delivered.")]
    private static partial void LogDelivered(ILogger logger, long deliveryId, LeadDeliveryApi api);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Lead delivery {DeliveryId} to {Api} ended {State}: {Reason}")]
    private static partial void LogFinal(ILogger logger, long deliveryId, LeadDeliveryApi api, LeadDeliveryState state, string? reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Lead delivery {DeliveryId} to {Api} is Unknown and needs an operator: {Reason}")]
    private static partial void LogUnknown(ILogger logger, long deliveryId, LeadDeliveryApi api, string? reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Lead delivery {DeliveryId} to {Api} will be tried again at {NextAttemptAt:O}: {Reason}")]
    private static partial void LogRescheduled(ILogger logger, long deliveryId, LeadDeliveryApi api, DateTimeOffset nextAttemptAt, string? reason);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Lead delivery {DeliveryId} to {Api} may have reached the server and will not be re-sent before that is settled: {Reason}")]
    private static partial void LogMayHaveReached(ILogger logger, long deliveryId, LeadDeliveryApi api, string? reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Lead delivery {DeliveryId} to {Api}: settling an attempt that may have reached the server.")]
    private static partial void LogSettling(ILogger logger, long deliveryId, LeadDeliveryApi api);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "Lead delivery {DeliveryId}: the lease was taken over by another worker; this worker's result is not stored.")]
    private static partial void LogLeaseLost(ILogger logger, long deliveryId);
}
