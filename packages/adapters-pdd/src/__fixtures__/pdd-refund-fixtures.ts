/**
 * Made from the shape of PDD's `refund_increment_get_response` doc example (field names, string
 * money, numeric id); goods name, ids and tracking number changed.
 */
export const docShapeRefundJson = `{
  "id": 301851299, "order_sn": "180410-416081954561509", "confirm_time": "2018-04-10 17:01:23",
  "after_sale_reason": "货物与描述不符", "after_sales_status": 10, "after_sales_type": 3,
  "order_amount": "8.00", "refund_amount": "8.00", "sku_id": "13182332985", "outer_id": "04", "outer_goods_id": "",
  "discount_amount": "10.00", "goods_price": "18.00", "goods_number": "1", "goods_id": 863369485,
  "goods_name": "测试抱枕", "good_image": "https://img.example.invalid/b.jpeg", "tracking_number": "YT0000000001",
  "created_time": "2018-04-10 17:03:29", "updated_time": "2018-04-10 17:18:03"
}`;

/** Hand-built from the reference's refund field list: refund only, buyer says the parcel arrived, big id. */
export const refundOnlyReceivedJson = `{
  "id": 9007199254740995, "order_sn": "261111-100000000000001", "after_sales_status": 2, "after_sales_type": 2,
  "refund_amount": "39.90", "goods_number": "1", "sku_id": 9007199254740993, "user_shipping_status": 2,
  "created_time": "2026-11-12 09:00:00", "updated_time": "2026-11-12 09:05:00", "speed_refund_flag": 0
}`;
