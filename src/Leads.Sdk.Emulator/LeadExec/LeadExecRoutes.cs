using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Leads.Sdk.Emulator.LeadExec;

/// <summary>
/// The LeadExec Lead Receiver fake: every documented endpoint, in form, XML and JSON, answering in JSON or XML as the
/// <c>[response_type]</c> segment asks. Refusals are 200 responses with the documented <c>ResponseType</c> codes.
/// </summary>
internal static class LeadExecRoutes
{
    private static readonly string[] PostTypes = ["general", "manualredirect", "autoredirect", "returnsends", "transfer", "calldata"];

    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        var state = new LeadExecEmulatorState();
        var options = emulator.Options.LeadExec;
        var time = emulator.TimeProvider;

        app.MapPost("/processor/insert/{type}/{responseType}", (HttpContext context, string type, string responseType)
            => HandleInsertAsync(context, type, responseType, queued: false));
        app.MapPost("/processor/insert/{type}/{responseType}/async", (HttpContext context, string type, string responseType)
            => HandleInsertAsync(context, type, responseType, queued: true));
        app.MapGet("/information/queuestatus/{postId}", HandleQueueStatusAsync);
        app.MapPost("/processor/update/{responseType}", HandleUpdateAsync);
        app.MapPost("/processor/duplicate/check", HandleDuplicateCheckAsync);

        async Task HandleInsertAsync(HttpContext context, string type, string responseType, bool queued)
        {
            type = type.ToLowerInvariant();
            if (!TryXml(responseType, out var xml) || (type != "ping" && !PostTypes.Contains(type)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (!Authorized(context))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            var inbound = await LeadExecInbound.ReadAsync(context.Request).ConfigureAwait(false);
            if (queued)
            {
                var postId = Guid.NewGuid().ToString();
                var now = time.GetUtcNow();
                state.Queue[postId] = new LeadExecEmulatorState.QueuedRequest(type, inbound, now, now + options.QueueDelay);
                await new LeadExecReply("LeadQueueResponse")
                    .Add("QueueSuccessful", true)
                    .Add("PostID", postId)
                    .Add("ResponseDetails", "Lead has been queued for processing")
                    .Add("StatusURL", $"{emulator.BaseAddress}information/queuestatus/{postId}")
                    .WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
                return;
            }

            if (type == "ping")
            {
                await Ping(inbound).WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
                return;
            }

            await Insert(type, inbound, Guid.NewGuid().ToString()).Reply.WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
        }

        async Task HandleQueueStatusAsync(HttpContext context, string postId)
        {
            if (!Authorized(context))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            if (!state.Queue.TryGetValue(postId, out var queued))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            Outcome? outcome;
            lock (state.Gate)
            {
                if (queued.Result is null && time.GetUtcNow() >= queued.ProcessAt)
                {
                    queued.Result = queued.PostType == "ping"
                        ? PingOutcome(queued.Inbound)
                        : Insert(queued.PostType, queued.Inbound, postId);
                }

                outcome = queued.Result;
            }

            var reply = new LeadExecReply("QueueStatus")
                .Add("PostID", postId)
                .Add("LeadIdentifier", outcome?.LeadId)
                .Add("IsValid", outcome?.Valid ?? false)
                .Add("RejectionReason", outcome is { Valid: false } ? outcome.Details : string.Empty)
                .Add("VendorAccountAssigned", outcome is { Valid: true } ? options.AffiliateId : null)
                .Add("DateReceived", queued.ReceivedOn)
                .Add("QualityControlDetails", new LeadExecReply("QualityControlDetails")
                    .Add("PendingReview", false)
                    .Add("DateOfReview", outcome is null ? null : queued.ProcessAt)
                    .Add("IsQualityControlRejected", false)
                    .Add("RejectionReason", string.Empty))
                .Add("ReturnDetails", new LeadExecReply("ReturnDetails")
                    .Add("IsReturned", false)
                    .Add("DateOfReturn", null)
                    .Add("ReturnReason", string.Empty))
                .Add("Price", outcome?.Price ?? 0.0m);
            await reply.WriteAsync(context, Accepts(context, "xml"), options.AdditionalResponseFields).ConfigureAwait(false);
        }

        async Task HandleUpdateAsync(HttpContext context, string responseType)
        {
            if (!TryXml(responseType, out var xml))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (!Authorized(context))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            var inbound = await LeadExecInbound.ReadAsync(context.Request).ConfigureAwait(false);
            var postId = Guid.NewGuid().ToString();
            if (CheckAccount(inbound, requirePassword: false) is { } refusal)
            {
                await PostReply(postId, refusal).WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
                return;
            }

            var idText = inbound.Properties.GetValueOrDefault("lpleaduid") ?? inbound.Properties.GetValueOrDefault("leadUID");
            if (!long.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var leadId) || !state.Leads.TryGetValue(leadId, out var stored))
            {
                await PostReply(postId, Refuse(9, $"Lead '{idText}' was not found.")).WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
                return;
            }

            lock (state.Gate)
            {
                foreach (var (name, value) in inbound.Fields)
                {
                    stored.Fields.RemoveAll(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase));
                    stored.Fields.Add(new(name, value));
                }
            }

            await PostReply(postId, new Outcome(true, 0, "Lead information updated", leadId, options.Price)).WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
        }

        async Task HandleDuplicateCheckAsync(HttpContext context)
        {
            if (!Authorized(context))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            var xml = Accepts(context, "xml");
            var inbound = await LeadExecInbound.ReadAsync(context.Request).ConfigureAwait(false);
            var reply = new LeadExecReply("PingResponse");
            if (CheckAccount(inbound, requirePassword: true) is { } refusal)
            {
                await reply.Add("IsDuplicate", false).Add("Response", refusal.Details).WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
                return;
            }

            if (FindDuplicate(inbound) is { } duplicate)
            {
                var received = duplicate.ReceivedOn.UtcDateTime.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture);
                await reply.Add("IsDuplicate", true)
                    .Add("DuplicateLeadId", duplicate.Id)
                    .Add("ReceivedOn", received)
                    .Add("Response", $"Duplicate Lead, {duplicate.Id} Last Received On: {received} UTC")
                    .WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
                return;
            }

            await reply.Add("IsDuplicate", false).Add("DuplicateLeadId", null).Add("ReceivedOn", null).Add("Response", "No duplicate found")
                .WriteAsync(context, xml, options.AdditionalResponseFields).ConfigureAwait(false);
        }

        Outcome Insert(string type, LeadExecInbound inbound, string postId)
        {
            if (CheckAccount(inbound, requirePassword: true) is { } refusal)
            {
                return refusal with { Reply = PostReply(postId, refusal) };
            }

            lock (state.Gate)
            {
                var outcome = InsertLocked(type, inbound);
                var reply = PostReply(postId, outcome);
                if (outcome.Valid && type is "manualredirect" or "autoredirect")
                {
                    reply.Add("RedirectURL", $"https://example.com/thank-you?lead={outcome.LeadId}");
                }

                if (outcome.Valid && type == "returnsends")
                {
                    reply.AddList("Sends", "SendInfo",
                    [
                        new LeadExecReply("SendInfo").Add("ClientUID", 1234).Add("ClientName", "Demo Company").Add("RedirectURL", string.Empty).Add("Valid", true).Add("Price", outcome.Price),
                        new LeadExecReply("SendInfo").Add("ClientUID", 5679).Add("ClientName", "Acme Company").Add("RedirectURL", string.Empty).Add("Valid", true).Add("Price", outcome.Price),
                    ]);
                }

                if (outcome.Valid && type == "transfer")
                {
                    reply.AddList("ClientInfos", "ClientInfo",
                    [
                        new LeadExecReply("ClientInfo").Add("ClientUID", 1234).Add("ClientName", "Demo Company").Add("AgentName", "John Smith").Add("AgentPhone", "7025551212"),
                        new LeadExecReply("ClientInfo").Add("ClientUID", 5679).Add("ClientName", "Acme Company").Add("AgentName", "Bob McCarthy").Add("AgentPhone", "6025551212"),
                    ]);
                }

                return outcome with { Reply = reply };
            }
        }

        Outcome InsertLocked(string type, LeadExecInbound inbound)
        {
            if (inbound.LeadCount != 1)
            {
                return Refuse(9, $"Exactly one lead per request is supported (got {inbound.LeadCount}).");
            }

            var missing = options.RequiredFields.Where(f => string.IsNullOrWhiteSpace(inbound.Field(f))).ToList();
            if (type == "calldata")
            {
                if (string.IsNullOrWhiteSpace(inbound.Properties.GetValueOrDefault("ivrnumber")))
                {
                    missing.Add("ivrnumber");
                }

                if (!int.TryParse(inbound.Properties.GetValueOrDefault("callduration"), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                {
                    missing.Add("callduration");
                }
            }

            if (missing.Count > 0)
            {
                return Refuse(9, "Missing or invalid fields: " + string.Join(", ", missing));
            }

            var price = options.Price;
            if (inbound.Source.GetValueOrDefault("orderid") is { Length: > 0 } orderId)
            {
                if (!state.Orders.TryGetValue(orderId, out var order))
                {
                    return Refuse(9, $"Order ID {orderId} was not found.");
                }

                if (order.Used || time.GetUtcNow() >= order.ExpiresOn)
                {
                    return Refuse(9, $"Order ID {orderId} has expired or was already used.");
                }

                order.Used = true;
                price = order.Price;
            }

            if (FindDuplicate(inbound) is { } duplicate)
            {
                return Refuse(6, $"Duplicate Lead, {duplicate.Id}");
            }

            var id = state.NextLeadId();
            state.Leads[id] = new LeadExecEmulatorState.StoredLead(id, time.GetUtcNow(), [.. inbound.Fields]);
            return new Outcome(true, 0, "Lead was accepted", id, price);
        }

        LeadExecReply Ping(LeadExecInbound inbound)
        {
            var outcome = PingOutcome(inbound);
            var reply = new LeadExecReply("PingResponse").Add("WillAccept", outcome.Valid).Add("RequestID", Guid.NewGuid().ToString());
            if (outcome.Valid && state.Orders.TryGetValue(outcome.OrderId!, out var order))
            {
                reply.Add("OrderID", order.OrderId)
                    .Add("EstimatedPrice", order.Price.ToString(CultureInfo.InvariantCulture))
                    .Add("OrderExpiresOn", order.ExpiresOn.UtcDateTime.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture));
            }

            return reply.Add("Response", outcome.Details);
        }

        Outcome PingOutcome(LeadExecInbound inbound)
        {
            if (CheckAccount(inbound, requirePassword: true) is { } refusal)
            {
                return refusal;
            }

            if (!inbound.Source.ContainsKey("aid"))
            {
                return Refuse(9, "aid is required for PING.");
            }

            var price = decimal.TryParse(inbound.Field("TestEstimatedPrice"), NumberStyles.Number, CultureInfo.InvariantCulture, out var asked) ? asked : options.EstimatedPrice;
            var order = new LeadExecEmulatorState.PingOrder(Guid.NewGuid().ToString(), price, time.GetUtcNow() + options.PingOrderLifetime);
            state.Orders[order.OrderId] = order;
            return new Outcome(true, 0, "Coverage found, please supply Order ID in POST", null, price) { OrderId = order.OrderId };
        }

        LeadExecEmulatorState.StoredLead? FindDuplicate(LeadExecInbound inbound)
        {
            foreach (var name in options.DuplicateFields)
            {
                var value = inbound.Field(name);
                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }

                var match = state.Leads.Values.FirstOrDefault(l => l.Fields.Any(f =>
                    string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase) && string.Equals(f.Value, value, StringComparison.OrdinalIgnoreCase)));
                if (match is not null)
                {
                    return match;
                }
            }

            return null;
        }

        Outcome? CheckAccount(LeadExecInbound inbound, bool requirePassword)
        {
            var hasVid = int.TryParse(inbound.Source.GetValueOrDefault("vid"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var vid);
            var hasLid = int.TryParse(inbound.Source.GetValueOrDefault("lid"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var lid);
            return (hasVid, hasLid) switch
            {
                (false, false) => Refuse(1, "System ID is missing."),
                (true, false) => Refuse(2, "Lead type ID is missing."),
                (false, true) => Refuse(3, "Vendor ID is missing."),
                _ when options.DisabledVendorIds.Contains(vid) => Refuse(7, "Account is disabled."),
                _ when vid != options.VendorId || lid != options.LeadTypeId => Refuse(4, "No account found."),
                _ when requirePassword && inbound.Source.GetValueOrDefault("password") != options.Password => Refuse(4, "No account found."),
                _ => null,
            };
        }

        LeadExecReply PostReply(string postId, Outcome outcome)
            => new LeadExecReply("PostResponse")
                .Add("PostID", postId)
                .Add("isValidPost", outcome.Valid)
                .Add("ResponseType", ResponseTypeNames[outcome.ResponseType])
                .Add("ResponseDetails", outcome.Details)
                .Add("LeadIdentifier", outcome.LeadId ?? 0)
                .Add("VendorAccountAssigned", outcome.Valid ? options.AffiliateId : 0)
                .Add("PendingQCReview", false)
                .Add("Price", outcome.Valid ? outcome.Price : 0m)
                .Add("RedirectURL", string.Empty)
                .Add("StatusURL", $"{emulator.BaseAddress}information/queuestatus/{postId}");

        bool Authorized(HttpContext context)
            => options.AccessToken is null || context.Request.Headers.Authorization.ToString() == "Bearer " + options.AccessToken;
    }

    private static readonly string[] ResponseTypeNames =
    [
        "No_Error", "System_ID_Missing", "LeadType_ID_Missing", "Vendor_ID_Missing", "No_Account_Found",
        "Outside_Criteria", "Duplicate_Lead", "Account_Disabled", "Post_Over_Max", "Data_Errors",
    ];

    private static Outcome Refuse(int responseType, string details) => new(false, responseType, details, null, null);

    private static bool TryXml(string responseType, out bool xml)
    {
        xml = string.Equals(responseType, "xml", StringComparison.OrdinalIgnoreCase);
        return xml || string.Equals(responseType, "json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Accepts(HttpContext context, string format)
        => context.Request.Headers.Accept.ToString().Contains(format, StringComparison.OrdinalIgnoreCase);

    /// <summary>What processing a request decided.</summary>
    internal sealed record Outcome(bool Valid, int ResponseType, string Details, long? LeadId, decimal? Price)
    {
        public string? OrderId { get; init; }

        public LeadExecReply Reply { get; init; } = new("PostResponse");
    }
}
