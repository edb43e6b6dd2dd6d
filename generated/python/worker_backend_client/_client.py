"""The clients: one method per message type of the contract, sync and async.

Both keep one pooled HTTP connection for their lifetime; use them as context
managers, or call ``close()`` (``aclose()``) when done.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import anyio
import httpx

from worker_backend_client._errors import ConnectionFailedError, RequestTimeoutError
from worker_backend_client._payload import Payload
from worker_backend_client._responses import JobResponse, JobStatus
from worker_backend_client._transport import (
    DEFAULT_TIMEOUT,
    ResponseModel,
    Settings,
    job_body,
    job_path,
    log_exchange,
    read_answer,
    status_path,
)
from worker_backend_client.message_types import MessageType
from worker_backend_client.models import (
    AnalyticsCollectionRequestMessage,
    BackendLoggingEventMessage,
    EtsyAnalyticsSyncCompletedMessage,
    EtsyAnalyticsSyncRequestMessage,
    EtsyPublishListingCompletedMessage,
    EtsyPublishListingRequestMessage,
    FileDownloadCompletedMessage,
    FileDownloadRequestMessage,
    FileVectorizeCompletedMessage,
    FileVectorizeRequestMessage,
    IpCheckCompletedMessage,
    IpCheckRequestMessage,
    MarketplaceAnalyticsSyncCompletedMessage,
    MarketplaceAnalyticsSyncRequestMessage,
    MarketplaceConnectionSyncCompletedMessage,
    MarketplaceConnectionSyncRequestMessage,
    MarketplaceCredentialRotationCompletedMessage,
    MarketplaceCredentialRotationRequestMessage,
    MarketplaceIntelligenceCompletedMessage,
    MarketplaceIntelligenceEventMessage,
    MarketplaceIntelligenceRequestMessage,
    MarketplaceListingDescriptionGenerationCompletedMessage,
    MarketplaceListingDescriptionGenerationRequestMessage,
    MarketplaceListingSyncCompletedMessage,
    MarketplaceListingSyncRequestMessage,
    MarketplaceListingTagsGenerationCompletedMessage,
    MarketplaceListingTagsGenerationRequestMessage,
    MarketplaceListingTitleGenerationCompletedMessage,
    MarketplaceListingTitleGenerationRequestMessage,
    MarketplaceListingUpdateCompletedMessage,
    MarketplaceListingUpdateRequestMessage,
    MarketplacePublishListingCompletedMessage,
    MarketplacePublishListingRequestMessage,
    MediaBatchDownloadCompletedMessage,
    MediaBatchDownloadRequestMessage,
    MetamodelMetadataGenerationCompletedMessage,
    MetamodelMetadataGenerationRequestMessage,
    ModelAnalyticsCollectionRequestMessage,
    ModelDiscoveryFolderProcessedEventMessage,
    ModelDiscoveryScanFoundEventMessage,
    ModelDiscoveryScanProgressEventMessage,
    ModelDiscoveryScanRequestMessage,
    ModelFinderIndexRequestMessage,
    ModelFinderResponseMessage,
    ModelFinderSearchRequestMessage,
    ModelMetadataGenerationCompletedMessage,
    ModelMetadataGenerationRequestMessage,
    ModelMetamodelDetectionFoundMessage,
    ModelMetamodelDetectionRequestMessage,
    ModelPrintAnalysisCompletedMessage,
    ModelPrintAnalysisRequestMessage,
    ModelSellabilityAnalysisCompletedMessage,
    ModelSellabilityAnalysisRequestMessage,
    ModelSemanticAnalysisCompletedMessage,
    ModelSemanticAnalysisRequestMessage,
    ModelTechnicalMetadataCompletedMessage,
    ModelTechnicalMetadataRequestMessage,
    SlicingFdmRequestMessage,
    SlicingFdmResultMessage,
    SlicingSimulationRequestMessage,
    SlicingSimulationResultMessage,
    SlicingSlaRequestMessage,
    SlicingSlaResultMessage,
    ThumbnailGenerationCompletedMessage,
    ThumbnailGenerationRequestMessage,
    UserEngagementEventMessage,
    WorkerAnalyticsEventMessage,
    WorkerMetricsEnrichedEventMessage,
)


class WorkerClient:
    """A client of the worker backend.

    ``base_url`` falls back to ``WORKER_BACKEND_URL`` and ``api_key`` to
    ``WORKER_BACKEND_API_KEY``. ``timeout`` is in seconds and bounds every
    request. ``transport`` replaces the network, for tests.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._settings = Settings.resolve(base_url, api_key, timeout)
        self._http = httpx.Client(
            base_url=self._settings.base_url,
            headers=self._settings.headers(),
            timeout=self._settings.timeout,
            transport=transport,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> float:
        return self._settings.timeout

    def __repr__(self) -> str:
        return f"WorkerClient(base_url={self.base_url!r})"

    def __enter__(self) -> WorkerClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool; the client cannot send after this."""
        self._http.close()

    def send_to_queue(
        self, message_type: MessageType | str, payload: Payload | Mapping[str, Any]
    ) -> JobResponse:
        """Enqueue a job of ``message_type``, validating ``payload`` first."""
        known, body = job_body(message_type, payload)
        return self._request("POST", job_path(known), JobResponse, body)

    def get_job_status(self, job_id: str) -> JobStatus:
        """The state of a job enqueued earlier, by the id its receipt gave."""
        return self._request("GET", status_path(job_id), JobStatus)

    def _request(
        self,
        method: str,
        path: str,
        model: type[ResponseModel],
        body: bytes | None = None,
    ) -> ResponseModel:
        started = time.monotonic()
        deadline = started + self._settings.timeout
        try:
            with self._http.stream(method, path, content=body) as response:
                # httpx bounds each wait; the deadline bounds the whole exchange,
                # so a server that trickles its answer is cut off as well.
                chunks = []
                for chunk in response.iter_bytes():
                    if time.monotonic() > deadline:
                        raise RequestTimeoutError()
                    chunks.append(chunk)
        except httpx.TimeoutException as error:
            raise RequestTimeoutError() from error
        except httpx.TransportError as error:
            raise ConnectionFailedError(
                f"Could not reach the worker backend at {self.base_url}: {error}"
            ) from error

        log_exchange(response, time.monotonic() - started)
        return read_answer(response, b"".join(chunks), model)

    def analytics_collection_request(
        self, data: AnalyticsCollectionRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to trigger a manual market data collection job.

        Sends a ``analytics-collection-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.AnalyticsCollectionRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.ANALYTICS_COLLECTION_REQUEST, data)

    def backend_logging_event(
        self, data: BackendLoggingEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Centralized logging event for capturing all warn/error/failure logs from meshsync-backend.

        Sends a ``backend-logging-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.BackendLoggingEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.BACKEND_LOGGING_EVENT, data)

    def etsy_analytics_sync_completed(
        self, data: EtsyAnalyticsSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains synced analytics data for Etsy listings. Backend stores this in etsy_analytics_snapshots table and indexes to ELK.

        Sends a ``etsy-analytics-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyAnalyticsSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.ETSY_ANALYTICS_SYNC_COMPLETED, data)

    def etsy_analytics_sync_request(
        self, data: EtsyAnalyticsSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Syncs analytics data from Etsy API for one or more listings. Fetches views, favorites, sales, revenue, and traffic source data.

        Sends a ``etsy-analytics-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyAnalyticsSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.ETSY_ANALYTICS_SYNC_REQUEST, data)

    def etsy_publish_listing_completed(
        self, data: EtsyPublishListingCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Indicates completion of Etsy listing publication. Contains external Etsy listing ID and URL, or error details if failed.

        Sends a ``etsy-publish-listing-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyPublishListingCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.ETSY_PUBLISH_LISTING_COMPLETED, data)

    def etsy_publish_listing_request(
        self, data: EtsyPublishListingRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Publishes a single metamodel listing to Etsy for a specific material variant. Creates Etsy listing, uploads digital file, and returns external listing ID.

        Sends a ``etsy-publish-listing-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyPublishListingRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.ETSY_PUBLISH_LISTING_REQUEST, data)

    def file_download_completed(
        self, data: FileDownloadCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies that a file download has been processed, indicating success or failure.

        Sends a ``file-download-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileDownloadCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.FILE_DOWNLOAD_COMPLETED, data)

    def file_download_request(
        self, data: FileDownloadRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Downloads model file from storage provider to MinIO for processing pipeline.

        Sends a ``file-download-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileDownloadRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.FILE_DOWNLOAD_REQUEST, data)

    def file_vectorize_completed(
        self, data: FileVectorizeCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of the vectorization process containing the embedding vector.

        Sends a ``file-vectorize-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileVectorizeCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.FILE_VECTORIZE_COMPLETED, data)

    def file_vectorize_request(
        self, data: FileVectorizeRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to generate a vector embedding for an image file using CLIP.

        Sends a ``file-vectorize-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileVectorizeRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.FILE_VECTORIZE_REQUEST, data)

    def ip_check_completed(
        self, data: IpCheckCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains IP verification results including trademark risk, copyright risk, detected brands/franchises, and analysis confidence scores

        Sends a ``ip-check-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.IpCheckCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.IP_CHECK_COMPLETED, data)

    def ip_check_request(
        self, data: IpCheckRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers intellectual property verification analysis for a model thumbnail, detecting potential trademark and copyright issues using perceptual hashing, text analysis, and optional reverse image search.

        Sends a ``ip-check-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.IpCheckRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.IP_CHECK_REQUEST, data)

    def marketplace_analytics_sync_completed(
        self, data: MarketplaceAnalyticsSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains synced analytics data for marketplace listings. Backend stores this in marketplace_analytics_snapshots table and indexes to ELK. Works with any marketplace provider.

        Sends a ``marketplace-analytics-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceAnalyticsSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_ANALYTICS_SYNC_COMPLETED, data
        )

    def marketplace_analytics_sync_request(
        self, data: MarketplaceAnalyticsSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Syncs analytics data from marketplace API for one or more listings. Fetches views, favorites, sales, revenue, and traffic source data. Can sync: specific listings, all user listings, or shop-level analytics. Works with any marketplace provider that supports analytics (etsy, ebay, etc.).

        Sends a ``marketplace-analytics-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceAnalyticsSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_ANALYTICS_SYNC_REQUEST, data)

    def marketplace_connection_sync_completed(
        self, data: MarketplaceConnectionSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notification that marketplace connection sync has completed. Contains updated connection metadata, profile information, and sync statistics.

        Sends a ``marketplace-connection-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceConnectionSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_CONNECTION_SYNC_COMPLETED, data
        )

    def marketplace_connection_sync_request(
        self, data: MarketplaceConnectionSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Requests synchronization of marketplace connection data including: - Profile information and shop details - Account status and permissions - Available categories and shipping profiles - Rate limits and API quotas

        Sends a ``marketplace-connection-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceConnectionSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_CONNECTION_SYNC_REQUEST, data)

    def marketplace_credential_rotation_completed(
        self, data: MarketplaceCredentialRotationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notification that marketplace credential rotation has completed. Contains the rotation results, new credential metadata, and any issues encountered.

        Sends a ``marketplace-credential-rotation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceCredentialRotationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_CREDENTIAL_ROTATION_COMPLETED, data
        )

    def marketplace_credential_rotation_request(
        self, data: MarketplaceCredentialRotationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Requests rotation/refresh of marketplace connection credentials. This is used for: - OAuth token refresh when tokens are near expiry - API key rotation for enhanced security - Re-authentication after connection errors - Scheduled credential updates

        Sends a ``marketplace-credential-rotation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceCredentialRotationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_CREDENTIAL_ROTATION_REQUEST, data
        )

    def marketplace_intelligence_completed(
        self, data: MarketplaceIntelligenceCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Response from marketplace intelligence scraping.

        Sends a ``marketplace-intelligence-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceIntelligenceCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_INTELLIGENCE_COMPLETED, data)

    def marketplace_intelligence_event(
        self, data: MarketplaceIntelligenceEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Public marketplace intelligence data scraped from external marketplaces.

        Sends a ``marketplace-intelligence-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceIntelligenceEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_INTELLIGENCE_EVENT, data)

    def marketplace_intelligence_request(
        self, data: MarketplaceIntelligenceRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers automated marketplace scraping to find similar/competing listings

        Sends a ``marketplace-intelligence-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceIntelligenceRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_INTELLIGENCE_REQUEST, data)

    def marketplace_listing_description_generation_completed(
        self,
        data: MarketplaceListingDescriptionGenerationCompletedMessage
        | Mapping[str, Any],
    ) -> JobResponse:
        """Notifies backend that marketplace description generation completed. Contains generated description with metadata tracking (AI model, confidence, generation timestamp) and suggested price.

        Sends a ``marketplace-listing-description-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingDescriptionGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_DESCRIPTION_GENERATION_COMPLETED, data
        )

    def marketplace_listing_description_generation_request(
        self,
        data: MarketplaceListingDescriptionGenerationRequestMessage | Mapping[str, Any],
    ) -> JobResponse:
        """Generates SEO-optimized marketplace description for a 3D model using LLM vision analysis. Worker receives model data, technical metadata, and thumbnail URLs to generate compelling product descriptions tailored to the target marketplace.

        Sends a ``marketplace-listing-description-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingDescriptionGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_DESCRIPTION_GENERATION_REQUEST, data
        )

    def marketplace_listing_sync_completed(
        self, data: MarketplaceListingSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notification that marketplace listing sync operation has completed. Contains detailed results of the sync including created/updated listings, errors encountered, and performance statistics.

        Sends a ``marketplace-listing-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_LISTING_SYNC_COMPLETED, data)

    def marketplace_listing_sync_request(
        self, data: MarketplaceListingSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Requests synchronization of marketplace listings for a connection. Can sync specific listings or all listings for a marketplace connection.

        Sends a ``marketplace-listing-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_LISTING_SYNC_REQUEST, data)

    def marketplace_listing_tags_generation_completed(
        self, data: MarketplaceListingTagsGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies backend that marketplace tags generation completed. Contains generated tags optimized for discoverability with metadata tracking.

        Sends a ``marketplace-listing-tags-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTagsGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TAGS_GENERATION_COMPLETED, data
        )

    def marketplace_listing_tags_generation_request(
        self, data: MarketplaceListingTagsGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Generates searchability tags for a 3D model optimized for marketplace discoverability. Worker creates style, technical, and usage keywords following marketplace tag limits and SEO best practices.

        Sends a ``marketplace-listing-tags-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTagsGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TAGS_GENERATION_REQUEST, data
        )

    def marketplace_listing_title_generation_completed(
        self,
        data: MarketplaceListingTitleGenerationCompletedMessage | Mapping[str, Any],
    ) -> JobResponse:
        """Notifies backend that marketplace title generation completed. Contains generated title with metadata tracking.

        Sends a ``marketplace-listing-title-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTitleGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TITLE_GENERATION_COMPLETED, data
        )

    def marketplace_listing_title_generation_request(
        self, data: MarketplaceListingTitleGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Generates marketplace-optimized title for a 3D model. Worker creates concise, SEO-friendly titles following marketplace character limits and best practices.

        Sends a ``marketplace-listing-title-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTitleGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TITLE_GENERATION_REQUEST, data
        )

    def marketplace_listing_update_completed(
        self, data: MarketplaceListingUpdateCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of a listing update operation

        Sends a ``marketplace-listing-update-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingUpdateCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_UPDATE_COMPLETED, data
        )

    def marketplace_listing_update_request(
        self, data: MarketplaceListingUpdateRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to update an existing listing on a marketplace (price, quantity, etc.)

        Sends a ``marketplace-listing-update-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingUpdateRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_LISTING_UPDATE_REQUEST, data)

    def marketplace_publish_listing_completed(
        self, data: MarketplacePublishListingCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Indicates completion of marketplace listing publication. Contains external listing ID and URL, or error details if failed. Works with any marketplace provider (etsy, ebay, etc.).

        Sends a ``marketplace-publish-listing-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplacePublishListingCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MARKETPLACE_PUBLISH_LISTING_COMPLETED, data
        )

    def marketplace_publish_listing_request(
        self, data: MarketplacePublishListingRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Publishes a single metamodel listing to a marketplace for a specific material variant. Creates listing, uploads digital file, and returns external listing ID. This message is enqueued for EACH material variant when publishing a metamodel. The marketplace type (etsy, ebay, etc.) is determined by the marketplaceProvider field.

        Sends a ``marketplace-publish-listing-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplacePublishListingRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MARKETPLACE_PUBLISH_LISTING_REQUEST, data)

    def media_batch_download_completed(
        self, data: MediaBatchDownloadCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies that a batch media download has been completed.

        Sends a ``media-batch-download-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MediaBatchDownloadCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MEDIA_BATCH_DOWNLOAD_COMPLETED, data)

    def media_batch_download_request(
        self, data: MediaBatchDownloadRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to download and process a batch of media files from a storage provider. Images are compressed and resized to specified dimensions, converted to WebP format. Text files and documents are processed and stored with metadata. All processed files are uploaded to MinIO S3 storage under the media/{batchId}/ prefix.

        Sends a ``media-batch-download-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MediaBatchDownloadRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MEDIA_BATCH_DOWNLOAD_REQUEST, data)

    def metamodel_metadata_generation_completed(
        self, data: MetamodelMetadataGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles metamodel metadata generation completion. Contains AI-generated metadata and aggregated technical analysis.

        Sends a ``metamodel-metadata-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MetamodelMetadataGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.METAMODEL_METADATA_GENERATION_COMPLETED, data
        )

    def metamodel_metadata_generation_request(
        self, data: MetamodelMetadataGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles metamodel metadata generation requests via Ollama. Aggregates data from constituent models and generates AI-enhanced metadata.

        Sends a ``metamodel-metadata-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MetamodelMetadataGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.METAMODEL_METADATA_GENERATION_REQUEST, data
        )

    def model_analytics_collection_request(
        self, data: ModelAnalyticsCollectionRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to collect marketplace analytics for a specific metamodel.

        Sends a ``model-analytics-collection-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelAnalyticsCollectionRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_ANALYTICS_COLLECTION_REQUEST, data)

    def model_discovery_folder_processed_event(
        self, data: ModelDiscoveryFolderProcessedEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery folder processed events.

        Sends a ``model-discovery-folder-processed-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryFolderProcessedEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MODEL_DISCOVERY_FOLDER_PROCESSED_EVENT, data
        )

    def model_discovery_scan_found_event(
        self, data: ModelDiscoveryScanFoundEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery scan found events.

        Sends a ``model-discovery-scan-found-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryScanFoundEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_DISCOVERY_SCAN_FOUND_EVENT, data)

    def model_discovery_scan_progress_event(
        self, data: ModelDiscoveryScanProgressEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery scan progress events.

        Sends a ``model-discovery-scan-progress-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryScanProgressEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_DISCOVERY_SCAN_PROGRESS_EVENT, data)

    def model_discovery_scan_request(
        self, data: ModelDiscoveryScanRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery scan requests events.

        Sends a ``model-discovery-scan-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryScanRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_DISCOVERY_SCAN_REQUEST, data)

    def model_finder_index_request(
        self, data: ModelFinderIndexRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to index a 3D model for similarity search.

        Sends a ``model-finder-index-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelFinderIndexRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_FINDER_INDEX_REQUEST, data)

    def model_finder_response(
        self, data: ModelFinderResponseMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Response containing search results from the model finder.

        Sends a ``model-finder-response`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelFinderResponseMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_FINDER_RESPONSE, data)

    def model_finder_search_request(
        self, data: ModelFinderSearchRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to search for similar 3D models.

        Sends a ``model-finder-search-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelFinderSearchRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_FINDER_SEARCH_REQUEST, data)

    def model_metadata_generation_completed(
        self, data: ModelMetadataGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies backend that enriched marketplace metadata generation completed. Backend updates Model entity with generated description, tags, classification, etc.

        Sends a ``model-metadata-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetadataGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_METADATA_GENERATION_COMPLETED, data)

    def model_metadata_generation_request(
        self, data: ModelMetadataGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Generates enriched marketplace metadata (SEO descriptions, tags, categories) for 3D models using LLM vision analysis. Worker receives all necessary data in the payload (Model, TechnicalMetadata, Thumbnails) and does NOT query the database. Prerequisites: file download, technical metadata, and thumbnail generation must be complete before this message is sent.

        Sends a ``model-metadata-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetadataGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_METADATA_GENERATION_REQUEST, data)

    def model_metamodel_detection_found(
        self, data: ModelMetamodelDetectionFoundMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model metamodel detection found with hierarchical relationships.

        Sends a ``model-metamodel-detection-found`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetamodelDetectionFoundMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_METAMODEL_DETECTION_FOUND, data)

    def model_metamodel_detection_request(
        self, data: ModelMetamodelDetectionRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model metamodel detection requests.

        Sends a ``model-metamodel-detection-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetamodelDetectionRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_METAMODEL_DETECTION_REQUEST, data)

    def model_print_analysis_completed(
        self, data: ModelPrintAnalysisCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Reports completion of 3D print analysis — contains estimation, printability, and cost breakdown per FR-022

        Sends a ``model-print-analysis-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelPrintAnalysisCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_PRINT_ANALYSIS_COMPLETED, data)

    def model_print_analysis_request(
        self, data: ModelPrintAnalysisRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers 3D print analysis for a model — estimates print time, material usage, support needs, and cost breakdown per FR-022

        Sends a ``model-print-analysis-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelPrintAnalysisRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_PRINT_ANALYSIS_REQUEST, data)

    def model_sellability_analysis_completed(
        self, data: ModelSellabilityAnalysisCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains sellability analysis results including Etsy-specific recommendations, material pricing, and marketplace compatibility scores

        Sends a ``model-sellability-analysis-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSellabilityAnalysisCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(
            MessageType.MODEL_SELLABILITY_ANALYSIS_COMPLETED, data
        )

    def model_sellability_analysis_request(
        self, data: ModelSellabilityAnalysisRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Analyzes a metamodel to determine sellability score, pricing recommendations, and optimal marketplace selection. Enhanced with Etsy-specific analysis including competitor pricing, category demand trends, and material suitability.

        Sends a ``model-sellability-analysis-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSellabilityAnalysisRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_SELLABILITY_ANALYSIS_REQUEST, data)

    def model_semantic_analysis_completed(
        self, data: ModelSemanticAnalysisCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles completion of 3D model semantic analysis with generated tags and similarity results.

        Sends a ``model-semantic-analysis-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSemanticAnalysisCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_SEMANTIC_ANALYSIS_COMPLETED, data)

    def model_semantic_analysis_request(
        self, data: ModelSemanticAnalysisRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles 3D model semantic analysis requests using ULIP-2 neural networks and FAISS vector similarity search.

        Sends a ``model-semantic-analysis-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSemanticAnalysisRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_SEMANTIC_ANALYSIS_REQUEST, data)

    def model_technical_metadata_completed(
        self, data: ModelTechnicalMetadataCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Reports comprehensive results of technical metadata analysis including geometry, quality metrics, and print-readiness assessment

        Sends a ``model-technical-metadata-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelTechnicalMetadataCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_TECHNICAL_METADATA_COMPLETED, data)

    def model_technical_metadata_request(
        self, data: ModelTechnicalMetadataRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers comprehensive technical analysis of a 3D model file to extract geometry, quality metrics, and print-readiness information

        Sends a ``model-technical-metadata-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelTechnicalMetadataRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.MODEL_TECHNICAL_METADATA_REQUEST, data)

    def slicing_fdm_request(
        self, data: SlicingFdmRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request FDM slicing simulation via OrcaSlicer (preferred) or heuristic fallback. Accepts OrcaSlicer-compatible printer/process/filament JSON profiles.

        Sends a ``slicing-fdm-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingFdmRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.SLICING_FDM_REQUEST, data)

    def slicing_fdm_result(
        self, data: SlicingFdmResultMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of FDM slicing simulation from OrcaSlicer (toolpath) or heuristic fallback. Contains exact physical metrics for cost calculation.

        Sends a ``slicing-fdm-result`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingFdmResultMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.SLICING_FDM_RESULT, data)

    def slicing_simulation_request(
        self, data: SlicingSimulationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """DEPRECATED: Use slicing-fdm-request or slicing-sla-request instead. Unified contract kept for backward compatibility only.

        Sends a ``slicing-simulation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSimulationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.SLICING_SIMULATION_REQUEST, data)

    def slicing_simulation_result(
        self, data: SlicingSimulationResultMessage | Mapping[str, Any]
    ) -> JobResponse:
        """DEPRECATED: Use slicing-fdm-result or slicing-sla-result instead. Unified contract kept for backward compatibility only.

        Sends a ``slicing-simulation-result`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSimulationResultMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.SLICING_SIMULATION_RESULT, data)

    def slicing_sla_request(
        self, data: SlicingSlaRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request SLA/MSLA slicing simulation via PySLM cross-sectional analysis. Accepts resin printer profile with exposure, lift, and layer parameters.

        Sends a ``slicing-sla-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSlaRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.SLICING_SLA_REQUEST, data)

    def slicing_sla_result(
        self, data: SlicingSlaResultMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of SLA/MSLA slicing simulation from PySLM cross-sectional analysis. Contains exact resin usage and print time metrics.

        Sends a ``slicing-sla-result`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSlaResultMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.SLICING_SLA_RESULT, data)

    def thumbnail_generation_completed(
        self, data: ThumbnailGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles thumbnail generation completed.

        Sends a ``thumbnail-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ThumbnailGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.THUMBNAIL_GENERATION_COMPLETED, data)

    def thumbnail_generation_request(
        self, data: ThumbnailGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles thumbnail generation requests with customization options. Supports both storage provider downloads and MinIO-cached files.

        Sends a ``thumbnail-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ThumbnailGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.THUMBNAIL_GENERATION_REQUEST, data)

    def user_engagement_event(
        self, data: UserEngagementEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """User engagement and onboarding tracking events for analytics and behavioral insights.

        Sends a ``user-engagement-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.UserEngagementEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.USER_ENGAGEMENT_EVENT, data)

    def worker_analytics_event(
        self, data: WorkerAnalyticsEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Analytics event emitted by workers for tracking processing metrics, user behavior,

        Sends a ``worker-analytics-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.WorkerAnalyticsEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.WORKER_ANALYTICS_EVENT, data)

    def worker_metrics_enriched_event(
        self, data: WorkerMetricsEnrichedEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Enriched metrics event for detailed worker monitoring, cost tracking,

        Sends a ``worker-metrics-enriched-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.WorkerMetricsEnrichedEventMessage` or a
        mapping with wire or Python field names.
        """
        return self.send_to_queue(MessageType.WORKER_METRICS_ENRICHED_EVENT, data)


class AsyncWorkerClient:
    """The asyncio (or trio) twin of :class:`WorkerClient`, method for method."""

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._settings = Settings.resolve(base_url, api_key, timeout)
        self._http = httpx.AsyncClient(
            base_url=self._settings.base_url,
            headers=self._settings.headers(),
            timeout=self._settings.timeout,
            transport=transport,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> float:
        return self._settings.timeout

    def __repr__(self) -> str:
        return f"AsyncWorkerClient(base_url={self.base_url!r})"

    async def __aenter__(self) -> AsyncWorkerClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot send after this."""
        await self._http.aclose()

    async def send_to_queue(
        self, message_type: MessageType | str, payload: Payload | Mapping[str, Any]
    ) -> JobResponse:
        """Enqueue a job of ``message_type``, validating ``payload`` first."""
        known, body = job_body(message_type, payload)
        return await self._request("POST", job_path(known), JobResponse, body)

    async def get_job_status(self, job_id: str) -> JobStatus:
        """The state of a job enqueued earlier, by the id its receipt gave."""
        return await self._request("GET", status_path(job_id), JobStatus)

    async def _request(
        self,
        method: str,
        path: str,
        model: type[ResponseModel],
        body: bytes | None = None,
    ) -> ResponseModel:
        started = time.monotonic()
        try:
            with anyio.fail_after(self._settings.timeout):
                response = await self._http.request(method, path, content=body)
        except (TimeoutError, httpx.TimeoutException) as error:
            raise RequestTimeoutError() from error
        except httpx.TransportError as error:
            raise ConnectionFailedError(
                f"Could not reach the worker backend at {self.base_url}: {error}"
            ) from error

        log_exchange(response, time.monotonic() - started)
        return read_answer(response, response.content, model)

    async def analytics_collection_request(
        self, data: AnalyticsCollectionRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to trigger a manual market data collection job.

        Sends a ``analytics-collection-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.AnalyticsCollectionRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.ANALYTICS_COLLECTION_REQUEST, data)

    async def backend_logging_event(
        self, data: BackendLoggingEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Centralized logging event for capturing all warn/error/failure logs from meshsync-backend.

        Sends a ``backend-logging-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.BackendLoggingEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.BACKEND_LOGGING_EVENT, data)

    async def etsy_analytics_sync_completed(
        self, data: EtsyAnalyticsSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains synced analytics data for Etsy listings. Backend stores this in etsy_analytics_snapshots table and indexes to ELK.

        Sends a ``etsy-analytics-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyAnalyticsSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.ETSY_ANALYTICS_SYNC_COMPLETED, data)

    async def etsy_analytics_sync_request(
        self, data: EtsyAnalyticsSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Syncs analytics data from Etsy API for one or more listings. Fetches views, favorites, sales, revenue, and traffic source data.

        Sends a ``etsy-analytics-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyAnalyticsSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.ETSY_ANALYTICS_SYNC_REQUEST, data)

    async def etsy_publish_listing_completed(
        self, data: EtsyPublishListingCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Indicates completion of Etsy listing publication. Contains external Etsy listing ID and URL, or error details if failed.

        Sends a ``etsy-publish-listing-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyPublishListingCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.ETSY_PUBLISH_LISTING_COMPLETED, data
        )

    async def etsy_publish_listing_request(
        self, data: EtsyPublishListingRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Publishes a single metamodel listing to Etsy for a specific material variant. Creates Etsy listing, uploads digital file, and returns external listing ID.

        Sends a ``etsy-publish-listing-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.EtsyPublishListingRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.ETSY_PUBLISH_LISTING_REQUEST, data)

    async def file_download_completed(
        self, data: FileDownloadCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies that a file download has been processed, indicating success or failure.

        Sends a ``file-download-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileDownloadCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.FILE_DOWNLOAD_COMPLETED, data)

    async def file_download_request(
        self, data: FileDownloadRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Downloads model file from storage provider to MinIO for processing pipeline.

        Sends a ``file-download-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileDownloadRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.FILE_DOWNLOAD_REQUEST, data)

    async def file_vectorize_completed(
        self, data: FileVectorizeCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of the vectorization process containing the embedding vector.

        Sends a ``file-vectorize-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileVectorizeCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.FILE_VECTORIZE_COMPLETED, data)

    async def file_vectorize_request(
        self, data: FileVectorizeRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to generate a vector embedding for an image file using CLIP.

        Sends a ``file-vectorize-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.FileVectorizeRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.FILE_VECTORIZE_REQUEST, data)

    async def ip_check_completed(
        self, data: IpCheckCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains IP verification results including trademark risk, copyright risk, detected brands/franchises, and analysis confidence scores

        Sends a ``ip-check-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.IpCheckCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.IP_CHECK_COMPLETED, data)

    async def ip_check_request(
        self, data: IpCheckRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers intellectual property verification analysis for a model thumbnail, detecting potential trademark and copyright issues using perceptual hashing, text analysis, and optional reverse image search.

        Sends a ``ip-check-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.IpCheckRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.IP_CHECK_REQUEST, data)

    async def marketplace_analytics_sync_completed(
        self, data: MarketplaceAnalyticsSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains synced analytics data for marketplace listings. Backend stores this in marketplace_analytics_snapshots table and indexes to ELK. Works with any marketplace provider.

        Sends a ``marketplace-analytics-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceAnalyticsSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_ANALYTICS_SYNC_COMPLETED, data
        )

    async def marketplace_analytics_sync_request(
        self, data: MarketplaceAnalyticsSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Syncs analytics data from marketplace API for one or more listings. Fetches views, favorites, sales, revenue, and traffic source data. Can sync: specific listings, all user listings, or shop-level analytics. Works with any marketplace provider that supports analytics (etsy, ebay, etc.).

        Sends a ``marketplace-analytics-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceAnalyticsSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_ANALYTICS_SYNC_REQUEST, data
        )

    async def marketplace_connection_sync_completed(
        self, data: MarketplaceConnectionSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notification that marketplace connection sync has completed. Contains updated connection metadata, profile information, and sync statistics.

        Sends a ``marketplace-connection-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceConnectionSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_CONNECTION_SYNC_COMPLETED, data
        )

    async def marketplace_connection_sync_request(
        self, data: MarketplaceConnectionSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Requests synchronization of marketplace connection data including: - Profile information and shop details - Account status and permissions - Available categories and shipping profiles - Rate limits and API quotas

        Sends a ``marketplace-connection-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceConnectionSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_CONNECTION_SYNC_REQUEST, data
        )

    async def marketplace_credential_rotation_completed(
        self, data: MarketplaceCredentialRotationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notification that marketplace credential rotation has completed. Contains the rotation results, new credential metadata, and any issues encountered.

        Sends a ``marketplace-credential-rotation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceCredentialRotationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_CREDENTIAL_ROTATION_COMPLETED, data
        )

    async def marketplace_credential_rotation_request(
        self, data: MarketplaceCredentialRotationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Requests rotation/refresh of marketplace connection credentials. This is used for: - OAuth token refresh when tokens are near expiry - API key rotation for enhanced security - Re-authentication after connection errors - Scheduled credential updates

        Sends a ``marketplace-credential-rotation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceCredentialRotationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_CREDENTIAL_ROTATION_REQUEST, data
        )

    async def marketplace_intelligence_completed(
        self, data: MarketplaceIntelligenceCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Response from marketplace intelligence scraping.

        Sends a ``marketplace-intelligence-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceIntelligenceCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_INTELLIGENCE_COMPLETED, data
        )

    async def marketplace_intelligence_event(
        self, data: MarketplaceIntelligenceEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Public marketplace intelligence data scraped from external marketplaces.

        Sends a ``marketplace-intelligence-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceIntelligenceEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_INTELLIGENCE_EVENT, data
        )

    async def marketplace_intelligence_request(
        self, data: MarketplaceIntelligenceRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers automated marketplace scraping to find similar/competing listings

        Sends a ``marketplace-intelligence-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceIntelligenceRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_INTELLIGENCE_REQUEST, data
        )

    async def marketplace_listing_description_generation_completed(
        self,
        data: MarketplaceListingDescriptionGenerationCompletedMessage
        | Mapping[str, Any],
    ) -> JobResponse:
        """Notifies backend that marketplace description generation completed. Contains generated description with metadata tracking (AI model, confidence, generation timestamp) and suggested price.

        Sends a ``marketplace-listing-description-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingDescriptionGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_DESCRIPTION_GENERATION_COMPLETED, data
        )

    async def marketplace_listing_description_generation_request(
        self,
        data: MarketplaceListingDescriptionGenerationRequestMessage | Mapping[str, Any],
    ) -> JobResponse:
        """Generates SEO-optimized marketplace description for a 3D model using LLM vision analysis. Worker receives model data, technical metadata, and thumbnail URLs to generate compelling product descriptions tailored to the target marketplace.

        Sends a ``marketplace-listing-description-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingDescriptionGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_DESCRIPTION_GENERATION_REQUEST, data
        )

    async def marketplace_listing_sync_completed(
        self, data: MarketplaceListingSyncCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notification that marketplace listing sync operation has completed. Contains detailed results of the sync including created/updated listings, errors encountered, and performance statistics.

        Sends a ``marketplace-listing-sync-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingSyncCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_SYNC_COMPLETED, data
        )

    async def marketplace_listing_sync_request(
        self, data: MarketplaceListingSyncRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Requests synchronization of marketplace listings for a connection. Can sync specific listings or all listings for a marketplace connection.

        Sends a ``marketplace-listing-sync-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingSyncRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_SYNC_REQUEST, data
        )

    async def marketplace_listing_tags_generation_completed(
        self, data: MarketplaceListingTagsGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies backend that marketplace tags generation completed. Contains generated tags optimized for discoverability with metadata tracking.

        Sends a ``marketplace-listing-tags-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTagsGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TAGS_GENERATION_COMPLETED, data
        )

    async def marketplace_listing_tags_generation_request(
        self, data: MarketplaceListingTagsGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Generates searchability tags for a 3D model optimized for marketplace discoverability. Worker creates style, technical, and usage keywords following marketplace tag limits and SEO best practices.

        Sends a ``marketplace-listing-tags-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTagsGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TAGS_GENERATION_REQUEST, data
        )

    async def marketplace_listing_title_generation_completed(
        self,
        data: MarketplaceListingTitleGenerationCompletedMessage | Mapping[str, Any],
    ) -> JobResponse:
        """Notifies backend that marketplace title generation completed. Contains generated title with metadata tracking.

        Sends a ``marketplace-listing-title-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTitleGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TITLE_GENERATION_COMPLETED, data
        )

    async def marketplace_listing_title_generation_request(
        self, data: MarketplaceListingTitleGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Generates marketplace-optimized title for a 3D model. Worker creates concise, SEO-friendly titles following marketplace character limits and best practices.

        Sends a ``marketplace-listing-title-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingTitleGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_TITLE_GENERATION_REQUEST, data
        )

    async def marketplace_listing_update_completed(
        self, data: MarketplaceListingUpdateCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of a listing update operation

        Sends a ``marketplace-listing-update-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingUpdateCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_UPDATE_COMPLETED, data
        )

    async def marketplace_listing_update_request(
        self, data: MarketplaceListingUpdateRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to update an existing listing on a marketplace (price, quantity, etc.)

        Sends a ``marketplace-listing-update-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplaceListingUpdateRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_LISTING_UPDATE_REQUEST, data
        )

    async def marketplace_publish_listing_completed(
        self, data: MarketplacePublishListingCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Indicates completion of marketplace listing publication. Contains external listing ID and URL, or error details if failed. Works with any marketplace provider (etsy, ebay, etc.).

        Sends a ``marketplace-publish-listing-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplacePublishListingCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_PUBLISH_LISTING_COMPLETED, data
        )

    async def marketplace_publish_listing_request(
        self, data: MarketplacePublishListingRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Publishes a single metamodel listing to a marketplace for a specific material variant. Creates listing, uploads digital file, and returns external listing ID. This message is enqueued for EACH material variant when publishing a metamodel. The marketplace type (etsy, ebay, etc.) is determined by the marketplaceProvider field.

        Sends a ``marketplace-publish-listing-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MarketplacePublishListingRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MARKETPLACE_PUBLISH_LISTING_REQUEST, data
        )

    async def media_batch_download_completed(
        self, data: MediaBatchDownloadCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies that a batch media download has been completed.

        Sends a ``media-batch-download-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MediaBatchDownloadCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MEDIA_BATCH_DOWNLOAD_COMPLETED, data
        )

    async def media_batch_download_request(
        self, data: MediaBatchDownloadRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to download and process a batch of media files from a storage provider. Images are compressed and resized to specified dimensions, converted to WebP format. Text files and documents are processed and stored with metadata. All processed files are uploaded to MinIO S3 storage under the media/{batchId}/ prefix.

        Sends a ``media-batch-download-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MediaBatchDownloadRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.MEDIA_BATCH_DOWNLOAD_REQUEST, data)

    async def metamodel_metadata_generation_completed(
        self, data: MetamodelMetadataGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles metamodel metadata generation completion. Contains AI-generated metadata and aggregated technical analysis.

        Sends a ``metamodel-metadata-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.MetamodelMetadataGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.METAMODEL_METADATA_GENERATION_COMPLETED, data
        )

    async def metamodel_metadata_generation_request(
        self, data: MetamodelMetadataGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles metamodel metadata generation requests via Ollama. Aggregates data from constituent models and generates AI-enhanced metadata.

        Sends a ``metamodel-metadata-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.MetamodelMetadataGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.METAMODEL_METADATA_GENERATION_REQUEST, data
        )

    async def model_analytics_collection_request(
        self, data: ModelAnalyticsCollectionRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to collect marketplace analytics for a specific metamodel.

        Sends a ``model-analytics-collection-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelAnalyticsCollectionRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_ANALYTICS_COLLECTION_REQUEST, data
        )

    async def model_discovery_folder_processed_event(
        self, data: ModelDiscoveryFolderProcessedEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery folder processed events.

        Sends a ``model-discovery-folder-processed-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryFolderProcessedEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_DISCOVERY_FOLDER_PROCESSED_EVENT, data
        )

    async def model_discovery_scan_found_event(
        self, data: ModelDiscoveryScanFoundEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery scan found events.

        Sends a ``model-discovery-scan-found-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryScanFoundEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_DISCOVERY_SCAN_FOUND_EVENT, data
        )

    async def model_discovery_scan_progress_event(
        self, data: ModelDiscoveryScanProgressEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery scan progress events.

        Sends a ``model-discovery-scan-progress-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryScanProgressEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_DISCOVERY_SCAN_PROGRESS_EVENT, data
        )

    async def model_discovery_scan_request(
        self, data: ModelDiscoveryScanRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model discovery scan requests events.

        Sends a ``model-discovery-scan-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelDiscoveryScanRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.MODEL_DISCOVERY_SCAN_REQUEST, data)

    async def model_finder_index_request(
        self, data: ModelFinderIndexRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to index a 3D model for similarity search.

        Sends a ``model-finder-index-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelFinderIndexRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.MODEL_FINDER_INDEX_REQUEST, data)

    async def model_finder_response(
        self, data: ModelFinderResponseMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Response containing search results from the model finder.

        Sends a ``model-finder-response`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelFinderResponseMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.MODEL_FINDER_RESPONSE, data)

    async def model_finder_search_request(
        self, data: ModelFinderSearchRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request to search for similar 3D models.

        Sends a ``model-finder-search-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelFinderSearchRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.MODEL_FINDER_SEARCH_REQUEST, data)

    async def model_metadata_generation_completed(
        self, data: ModelMetadataGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Notifies backend that enriched marketplace metadata generation completed. Backend updates Model entity with generated description, tags, classification, etc.

        Sends a ``model-metadata-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetadataGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_METADATA_GENERATION_COMPLETED, data
        )

    async def model_metadata_generation_request(
        self, data: ModelMetadataGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Generates enriched marketplace metadata (SEO descriptions, tags, categories) for 3D models using LLM vision analysis. Worker receives all necessary data in the payload (Model, TechnicalMetadata, Thumbnails) and does NOT query the database. Prerequisites: file download, technical metadata, and thumbnail generation must be complete before this message is sent.

        Sends a ``model-metadata-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetadataGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_METADATA_GENERATION_REQUEST, data
        )

    async def model_metamodel_detection_found(
        self, data: ModelMetamodelDetectionFoundMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model metamodel detection found with hierarchical relationships.

        Sends a ``model-metamodel-detection-found`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetamodelDetectionFoundMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_METAMODEL_DETECTION_FOUND, data
        )

    async def model_metamodel_detection_request(
        self, data: ModelMetamodelDetectionRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles model metamodel detection requests.

        Sends a ``model-metamodel-detection-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelMetamodelDetectionRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_METAMODEL_DETECTION_REQUEST, data
        )

    async def model_print_analysis_completed(
        self, data: ModelPrintAnalysisCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Reports completion of 3D print analysis — contains estimation, printability, and cost breakdown per FR-022

        Sends a ``model-print-analysis-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelPrintAnalysisCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_PRINT_ANALYSIS_COMPLETED, data
        )

    async def model_print_analysis_request(
        self, data: ModelPrintAnalysisRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers 3D print analysis for a model — estimates print time, material usage, support needs, and cost breakdown per FR-022

        Sends a ``model-print-analysis-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelPrintAnalysisRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.MODEL_PRINT_ANALYSIS_REQUEST, data)

    async def model_sellability_analysis_completed(
        self, data: ModelSellabilityAnalysisCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Contains sellability analysis results including Etsy-specific recommendations, material pricing, and marketplace compatibility scores

        Sends a ``model-sellability-analysis-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSellabilityAnalysisCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_SELLABILITY_ANALYSIS_COMPLETED, data
        )

    async def model_sellability_analysis_request(
        self, data: ModelSellabilityAnalysisRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Analyzes a metamodel to determine sellability score, pricing recommendations, and optimal marketplace selection. Enhanced with Etsy-specific analysis including competitor pricing, category demand trends, and material suitability.

        Sends a ``model-sellability-analysis-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSellabilityAnalysisRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_SELLABILITY_ANALYSIS_REQUEST, data
        )

    async def model_semantic_analysis_completed(
        self, data: ModelSemanticAnalysisCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles completion of 3D model semantic analysis with generated tags and similarity results.

        Sends a ``model-semantic-analysis-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSemanticAnalysisCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_SEMANTIC_ANALYSIS_COMPLETED, data
        )

    async def model_semantic_analysis_request(
        self, data: ModelSemanticAnalysisRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles 3D model semantic analysis requests using ULIP-2 neural networks and FAISS vector similarity search.

        Sends a ``model-semantic-analysis-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelSemanticAnalysisRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_SEMANTIC_ANALYSIS_REQUEST, data
        )

    async def model_technical_metadata_completed(
        self, data: ModelTechnicalMetadataCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Reports comprehensive results of technical metadata analysis including geometry, quality metrics, and print-readiness assessment

        Sends a ``model-technical-metadata-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelTechnicalMetadataCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_TECHNICAL_METADATA_COMPLETED, data
        )

    async def model_technical_metadata_request(
        self, data: ModelTechnicalMetadataRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Triggers comprehensive technical analysis of a 3D model file to extract geometry, quality metrics, and print-readiness information

        Sends a ``model-technical-metadata-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ModelTechnicalMetadataRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.MODEL_TECHNICAL_METADATA_REQUEST, data
        )

    async def slicing_fdm_request(
        self, data: SlicingFdmRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request FDM slicing simulation via OrcaSlicer (preferred) or heuristic fallback. Accepts OrcaSlicer-compatible printer/process/filament JSON profiles.

        Sends a ``slicing-fdm-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingFdmRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.SLICING_FDM_REQUEST, data)

    async def slicing_fdm_result(
        self, data: SlicingFdmResultMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of FDM slicing simulation from OrcaSlicer (toolpath) or heuristic fallback. Contains exact physical metrics for cost calculation.

        Sends a ``slicing-fdm-result`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingFdmResultMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.SLICING_FDM_RESULT, data)

    async def slicing_simulation_request(
        self, data: SlicingSimulationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """DEPRECATED: Use slicing-fdm-request or slicing-sla-request instead. Unified contract kept for backward compatibility only.

        Sends a ``slicing-simulation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSimulationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.SLICING_SIMULATION_REQUEST, data)

    async def slicing_simulation_result(
        self, data: SlicingSimulationResultMessage | Mapping[str, Any]
    ) -> JobResponse:
        """DEPRECATED: Use slicing-fdm-result or slicing-sla-result instead. Unified contract kept for backward compatibility only.

        Sends a ``slicing-simulation-result`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSimulationResultMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.SLICING_SIMULATION_RESULT, data)

    async def slicing_sla_request(
        self, data: SlicingSlaRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Request SLA/MSLA slicing simulation via PySLM cross-sectional analysis. Accepts resin printer profile with exposure, lift, and layer parameters.

        Sends a ``slicing-sla-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSlaRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.SLICING_SLA_REQUEST, data)

    async def slicing_sla_result(
        self, data: SlicingSlaResultMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Result of SLA/MSLA slicing simulation from PySLM cross-sectional analysis. Contains exact resin usage and print time metrics.

        Sends a ``slicing-sla-result`` message; ``data`` is a
        :class:`~worker_backend_client.models.SlicingSlaResultMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.SLICING_SLA_RESULT, data)

    async def thumbnail_generation_completed(
        self, data: ThumbnailGenerationCompletedMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles thumbnail generation completed.

        Sends a ``thumbnail-generation-completed`` message; ``data`` is a
        :class:`~worker_backend_client.models.ThumbnailGenerationCompletedMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(
            MessageType.THUMBNAIL_GENERATION_COMPLETED, data
        )

    async def thumbnail_generation_request(
        self, data: ThumbnailGenerationRequestMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Handles thumbnail generation requests with customization options. Supports both storage provider downloads and MinIO-cached files.

        Sends a ``thumbnail-generation-request`` message; ``data`` is a
        :class:`~worker_backend_client.models.ThumbnailGenerationRequestMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.THUMBNAIL_GENERATION_REQUEST, data)

    async def user_engagement_event(
        self, data: UserEngagementEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """User engagement and onboarding tracking events for analytics and behavioral insights.

        Sends a ``user-engagement-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.UserEngagementEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.USER_ENGAGEMENT_EVENT, data)

    async def worker_analytics_event(
        self, data: WorkerAnalyticsEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Analytics event emitted by workers for tracking processing metrics, user behavior,

        Sends a ``worker-analytics-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.WorkerAnalyticsEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.WORKER_ANALYTICS_EVENT, data)

    async def worker_metrics_enriched_event(
        self, data: WorkerMetricsEnrichedEventMessage | Mapping[str, Any]
    ) -> JobResponse:
        """Enriched metrics event for detailed worker monitoring, cost tracking,

        Sends a ``worker-metrics-enriched-event`` message; ``data`` is a
        :class:`~worker_backend_client.models.WorkerMetricsEnrichedEventMessage` or a
        mapping with wire or Python field names.
        """
        return await self.send_to_queue(MessageType.WORKER_METRICS_ENRICHED_EVENT, data)
