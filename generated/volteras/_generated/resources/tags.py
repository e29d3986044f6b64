# Generated from spec/volteras.yaml by `make generate`. Do not edit.
"""`client.tags`: 3 operations, sync and async, parsed and raw."""

from collections.abc import Awaitable
from typing import Unpack

from volteras._resource import (
    AsyncAPI,
    AsyncCalls,
    AsyncResource,
    RawResponse,
    RequestOptions,
    SyncAPI,
    SyncCalls,
    SyncResource,
    as_str,
    model_parser,
    no_content,
)

from ..api.tags import add_tag, list_tags, remove_tag
from ..models.public_tag_create import PublicTagCreate
from ..models.public_tag_entity_types import PublicTagEntityTypes
from ..models.tags_list import TagsList


class RawTags(SyncCalls):
    """`client.tags.with_raw_response`: each call answers the HTTP response; `.parse()` gives the model."""

    def add(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[None]:
        """Tag a vehicle or account."""
        return self._call(
            add_tag.OPERATION,
            add_tag._get_kwargs(
                body=PublicTagCreate(
                    key=as_str("key", key),
                    value=as_str("value", value),
                    object_type=object_type,
                    object_id=as_str("object_id", object_id),
                )
            ),
            no_content,
            options,
        )

    def list(
        self, object_type: PublicTagEntityTypes | str, object_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[TagsList]:
        """List the tags of a vehicle or account."""
        return self._call(
            list_tags.OPERATION,
            list_tags._get_kwargs(entity_type=object_type, entity_id=object_id),
            model_parser(TagsList),
            options,
        )

    def remove(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[None]:
        """Remove a tag from a vehicle or account."""
        return self._call(
            remove_tag.OPERATION,
            remove_tag._get_kwargs(
                key=as_str("key", key),
                value=as_str("value", value),
                entity_type=object_type,
                entity_id=as_str("object_id", object_id),
            ),
            no_content,
            options,
        )


class Tags(SyncResource):
    """`client.tags`."""

    def __init__(self, api: SyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = RawTags(api)

    def add(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Tag a vehicle or account."""
        return self.with_raw_response.add(
            object_type=object_type, object_id=object_id, key=key, value=value, **options
        ).parse()

    def list(
        self, object_type: PublicTagEntityTypes | str, object_id: str, **options: Unpack[RequestOptions]
    ) -> TagsList:
        """List the tags of a vehicle or account."""
        return self.with_raw_response.list(object_type=object_type, object_id=object_id, **options).parse()

    def remove(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a tag from a vehicle or account."""
        return self.with_raw_response.remove(
            object_type=object_type, object_id=object_id, key=key, value=value, **options
        ).parse()


class AsyncRawTags(AsyncCalls):
    """`client.tags.with_raw_response` of the async client."""

    def add(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[None]]:
        """Tag a vehicle or account."""
        return self._call(
            add_tag.OPERATION,
            add_tag._get_kwargs(
                body=PublicTagCreate(
                    key=as_str("key", key),
                    value=as_str("value", value),
                    object_type=object_type,
                    object_id=as_str("object_id", object_id),
                )
            ),
            no_content,
            options,
        )

    def list(
        self, object_type: PublicTagEntityTypes | str, object_id: str, **options: Unpack[RequestOptions]
    ) -> Awaitable[RawResponse[TagsList]]:
        """List the tags of a vehicle or account."""
        return self._call(
            list_tags.OPERATION,
            list_tags._get_kwargs(entity_type=object_type, entity_id=object_id),
            model_parser(TagsList),
            options,
        )

    def remove(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> Awaitable[RawResponse[None]]:
        """Remove a tag from a vehicle or account."""
        return self._call(
            remove_tag.OPERATION,
            remove_tag._get_kwargs(
                key=as_str("key", key),
                value=as_str("value", value),
                entity_type=object_type,
                entity_id=as_str("object_id", object_id),
            ),
            no_content,
            options,
        )


class AsyncTags(AsyncResource):
    """`client.tags` of the async client; every call is awaited."""

    def __init__(self, api: AsyncAPI) -> None:
        super().__init__(api)
        self.with_raw_response = AsyncRawTags(api)

    async def add(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Tag a vehicle or account."""
        return (
            await self.with_raw_response.add(
                object_type=object_type, object_id=object_id, key=key, value=value, **options
            )
        ).parse()

    async def list(
        self, object_type: PublicTagEntityTypes | str, object_id: str, **options: Unpack[RequestOptions]
    ) -> TagsList:
        """List the tags of a vehicle or account."""
        return (
            await self.with_raw_response.list(object_type=object_type, object_id=object_id, **options)
        ).parse()

    async def remove(
        self,
        object_type: PublicTagEntityTypes | str,
        object_id: str,
        *,
        key: str,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a tag from a vehicle or account."""
        return (
            await self.with_raw_response.remove(
                object_type=object_type, object_id=object_id, key=key, value=value, **options
            )
        ).parse()
