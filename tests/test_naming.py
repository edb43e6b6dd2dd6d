import pytest

from generator import naming


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("modelId", "model_id"),
        ("storageConnectionId", "storage_connection_id"),
        ("HTTPStatus", "http_status"),
        ("minioURL", "minio_url"),
        ("userIDs", "user_ids"),
        ("generate360Views", "generate360_views"),
        ("ipV4Address", "ip_v4_address"),
        ("s3Key", "s3_key"),
        ("foo_bar", "foo_bar"),
        ("x-request-id", "x_request_id"),
        ("class", "class_"),
        ("from", "from_"),
        ("360views", "field_360views"),
        ("json", "json_"),
        ("model_config", "model_config_"),
        ("_id", "id"),
        ("größeMax", "größe_max"),
        ("", "field"),
    ],
)
def test_field_names(wire: str, python: str) -> None:
    assert naming.field_name(wire) == python
    assert naming.field_name(wire).isidentifier()


@pytest.mark.parametrize(
    ("message_type", "method", "constant", "class_name"),
    [
        (
            "file-download-request",
            "file_download_request",
            "FILE_DOWNLOAD_REQUEST",
            "FileDownloadRequestMessage",
        ),
        (
            "ip-check-completed",
            "ip_check_completed",
            "IP_CHECK_COMPLETED",
            "IpCheckCompletedMessage",
        ),
        (
            "slicing-fdm-request",
            "slicing_fdm_request",
            "SLICING_FDM_REQUEST",
            "SlicingFdmRequestMessage",
        ),
    ],
)
def test_message_names(
    message_type: str, method: str, constant: str, class_name: str
) -> None:
    assert naming.method_name(message_type) == method
    assert naming.constant_name(message_type) == constant
    assert naming.default_class_name(message_type) == class_name


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("file-download-request", True),
        ("File-Download", False),
        ("a--b", False),
        ("a_b", False),
        ("x1-y2", True),
    ],
)
def test_message_type_shape(name: str, valid: bool) -> None:
    assert naming.is_message_type(name) is valid
