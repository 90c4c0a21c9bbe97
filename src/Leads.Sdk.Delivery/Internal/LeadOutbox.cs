using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Aimbase.Validation;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.CrmApi.Validation;
using Leads.Sdk.Delivery.Diagnostics;
using Leads.Sdk.Delivery.Serialization;
using Leads.Sdk.Delivery.Storage;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.LeadExec.Validation;
using Leads.Sdk.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.Delivery.Internal;

/// <summary>The <see cref="ILeadOutbox"/> over a store: validates, stores, and answers the operator's questions.</summary>
internal sealed partial class LeadOutbox(
    LeadOutboxStoreProvider stores,
    IOptions<LeadDeliveryOptions> options,
    IOptionsMonitor<LeadExecClientOptions> leadExecOptions,
    LeadDeliveryMetrics metrics,
    TimeProvider time,
    ILogger<LeadOutbox> logger) : ILeadOutbox
{
    public Task<LeadDeliveryId> EnqueueAsync(AimbaseLead lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var errors = new ValidationErrorCollector();
        AimbaseLeadValidator.Lead.Validate(lead, ValidationPath.Named("Lead"), errors);
        errors.ThrowIfAny();
        return StoreAsync(LeadDeliveryApi.Aimbase, LeadPayloadSerializer.Write(lead), cancellationToken);
    }

    public Task<LeadDeliveryId> EnqueueAsync(LeadExecCreateLeadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Credentials is { } credentials && (credentials.Password is not null || credentials.AccessToken is not null))
        {
            // The outbox is a file or a table: a secret written there would leave its origin (docs/decisions.md, Delivery).
            throw new ArgumentException("The outbox does not store credentials: set Password and AccessToken on LeadExecClientOptions, not on the request.", nameof(request));
        }

        var errors = new ValidationErrorCollector();
        if (request.Lead is null)
        {
            errors.Add(ValidationPath.Root, nameof(request.Lead), ValidationRules.Required, "Lead is required.");
        }
        else
        {
            var encoding = request.Encoding ?? leadExecOptions.Get(LeadExecServiceCollectionExtensions.DefaultName).DefaultEncoding;
            LeadExecLeadRules.For(request.PostType, encoding).Validate(request.Lead, ValidationPath.Named("Lead"), errors);
        }

        errors.ThrowIfAny();
        return StoreAsync(LeadDeliveryApi.LeadExec, LeadPayloadSerializer.Write(request), cancellationToken);
    }

    public Task<LeadDeliveryId> EnqueueAsync(CrmCreateLeadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrorCollector();
        CrmCreateLeadRequestValidator.Instance.Validate(request, ValidationPath.Root, errors);
        errors.ThrowIfAny();
        return StoreAsync(LeadDeliveryApi.CrmApi, LeadPayloadSerializer.Write(request), cancellationToken);
    }

    public async Task<LeadDelivery?> GetAsync(LeadDeliveryId id, CancellationToken cancellationToken = default)
    {
        var store = await stores.GetAsync(cancellationToken).ConfigureAwait(false);
        var item = await store.GetAsync(id.Value, cancellationToken).ConfigureAwait(false);
        return item is null ? null : LeadDeliveryMapper.ToDelivery(item);
    }

    public async Task<IReadOnlyList<LeadDelivery>> ListAsync(LeadDeliveryState state, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var store = await stores.GetAsync(cancellationToken).ConfigureAwait(false);
        var items = await store.ListAsync(state, limit, cancellationToken).ConfigureAwait(false);
        return [.. items.Select(LeadDeliveryMapper.ToDelivery)];
    }

    public async Task<LeadOutboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var store = await stores.GetAsync(cancellationToken).ConfigureAwait(false);
        var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return new LeadOutboxStatistics
        {
            Counts = counts.Counts,
            OldestPendingEnqueuedAt = counts.OldestPendingEnqueuedAt,
            OldestPendingAge = counts.OldestPendingEnqueuedAt is { } oldest ? (now > oldest ? now - oldest : TimeSpan.Zero) : null,
        };
    }

    public async Task<bool> RequeueAsync(LeadDeliveryId id, CancellationToken cancellationToken = default)
    {
        var store = await stores.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var requeued = await store.RequeueAsync(id.Value, now, now + options.Value.DeliveryDeadline, cancellationToken).ConfigureAwait(false);
        if (requeued)
        {
            LogRequeued(logger, id.Value);
        }

        return requeued;
    }

    public async Task<bool> CancelAsync(LeadDeliveryId id, CancellationToken cancellationToken = default)
    {
        var store = await stores.GetAsync(cancellationToken).ConfigureAwait(false);
        var cancelled = await store.CancelAsync(id.Value, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (cancelled)
        {
            LogCancelled(logger, id.Value);
        }

        return cancelled;
    }

    private async Task<LeadDeliveryId> StoreAsync(LeadDeliveryApi api, string payload, CancellationToken cancellationToken)
    {
        var store = await stores.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var id = await store.EnqueueAsync(new LeadOutboxNewItem(api, payload, now, now + options.Value.DeliveryDeadline), cancellationToken).ConfigureAwait(false);
        metrics.Enqueued(api);
        LogEnqueued(logger, id, api);
        return new LeadDeliveryId(id);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Lead delivery {DeliveryId} enqueued for {Api}.")]
    private static partial void LogEnqueued(ILogger logger, long deliveryId, LeadDeliveryApi api);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Lead delivery {DeliveryId} requeued by an operator.")]
    private static partial void LogRequeued(ILogger logger, long deliveryId);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Lead delivery {DeliveryId} cancelled by an operator.")]
    private static partial void LogCancelled(ILogger logger, long deliveryId);
}
