// The C# blocks of src/Leads.Sdk.LeadExec/README.md, compiled as written (ReadmeSnippetTests checks they match).
using Leads.Sdk;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples.Snippets;

internal static class LeadExecSnippets
{
    public static void RegisterTheClient(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLeadExecClient(configuration.GetSection("Leads:LeadExec"));
    }

    public static void ConfigureInCode(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLeadExecClient(options =>
        {
            options.VendorId = 18;        // vid
            options.LeadTypeId = 1;       // lid
            options.AffiliateId = 23;     // aid (needed for PING and duplicate check)
            options.Password = configuration["Secrets:LeadExecPassword"];   // secret: never logged or printed
            options.SendDelay = TimeSpan.FromHours(2);                      // JSON inserts wait 2 hours (whole hours only)
        });
    }

    public static ILeadExecClient WithoutDependencyInjection(string password)
    {
        var client = new LeadExecClient(new LeadExecClientOptions { VendorId = 18, LeadTypeId = 1, Password = password });
        return client;
    }

    public static async Task<LeadExecPostResult> CreateALeadAsync(ILeadExecClient client, CancellationToken cancellationToken)
    {
        var lead = new LeadExecLead { Reference = "campaign-42" };
        lead.Fields.Add("FirstName", "John");
        lead.Fields.Add("Email", "john@example.com");
        lead.Fields.Set("DateOfBirth", new DateOnly(1980, 5, 17)).Set("Homeowner", true);

        LeadExecPostResult result = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead }, cancellationToken);
        if (!result.IsValidPost)
        {
            Console.WriteLine($"{result.ResponseType}: {result.ResponseDetails}"); // e.g. DuplicateLead, DataErrors
        }

        return result;
    }

    public static async Task QueuedInsertAsync(ILeadExecClient client, LeadExecLead lead, CancellationToken cancellationToken)
    {
        var queued = await client.QueueLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, ReturnUrl = new Uri("https://me.example/done") }, cancellationToken);
        var status = await client.WaitForQueueResultAsync(queued.PostId!, new LeadExecPollingOptions { Timeout = TimeSpan.FromMinutes(2) }, cancellationToken);
        Console.WriteLine($"{status.IsValid} {status.LeadId} {status.RejectionReason}");
    }

    public static async Task PingAndPostAsync(ILeadExecClient client, LeadExecLead lead, CancellationToken cancellationToken)
    {
        var eligibility = new LeadExecLead();
        eligibility.Fields.Add("ZipCode", "89101");   // no contact details in a PING
        var pingAndPost = await client.PingAndPostLeadAsync(
            new LeadExecPingAndPostLeadRequest { PingLead = eligibility, Lead = lead, MinimumPrice = 20m },
            cancellationToken);
        Console.WriteLine($"{pingAndPost.Outcome}: {pingAndPost.Reason ?? pingAndPost.Post?.ResponseDetails}");
    }

    public static async Task UpdateAndCheckDuplicateAsync(ILeadExecClient client, LeadExecPostResult result, CancellationToken cancellationToken)
    {
        var update = new LeadExecUpdateLeadRequest { LeadId = result.LeadId!.Value, ShouldProcessDelivery = false };
        update.Fields.Set("Phone", "7025550000");
        await client.UpdateLeadAsync(update, cancellationToken);

        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", "john@example.com");
        var duplicate = await client.CheckDuplicateLeadAsync(check, cancellationToken);
        Console.WriteLine($"{duplicate.IsDuplicate} {duplicate.DuplicateLeadId} {duplicate.ReceivedOn}");
    }

    public static async Task RawResponseAndAdditionalFieldsAsync(ILeadExecClient client, LeadExecLead lead, CancellationToken cancellationToken)
    {
        var created = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead }, cancellationToken);
        Console.WriteLine($"{(int)created.RawResponse!.StatusCode} {created.RawResponse.RequestId}");
        if (created.AdditionalFields.TryGetValue("BuyerTier", out var tier))   // a field the doc does not list
        {
            Console.WriteLine(tier.ToString());
        }
    }

    public static async Task ErrorsAsync(ILeadExecClient client, LeadExecLead lead, CancellationToken cancellationToken)
    {
        try
        {
            await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead }, cancellationToken);
        }
        catch (LeadsValidationException e)
        {
            foreach (var error in e.Errors)
            {
                Console.WriteLine($"{error.Path}: {error.Message}");   // e.g. Lead.Fields[2].Name
            }
        }
        catch (LeadsTransportException e) when (e.RequestMayHaveReachedServer)
        {
            // Do not post it again blindly: the lead may exist (ask CheckDuplicateLeadAsync).
        }
    }
}
