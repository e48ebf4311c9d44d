/**
 * PDD order payloads as JSON text (so tests parse them with the bigint-safe parser, as the
 * adapter does). Each says how it was made; none holds real personal data.
 */

/**
 * Made from the shape of PDD's `order_info_get_response` doc example (field names and types as
 * documented); the receiver's plain name, phone and address replaced with masked copies and
 * made-up ciphertext, ids and amounts changed.
 */
export const docShapeOrderJson = `{
  "order_sn": "180831-481803633911509", "order_status": 1, "refund_status": 1, "confirm_status": 1,
  "confirm_time": "2018-08-31 10:42:33", "created_time": "2018-08-31 10:42:30", "pay_time": "2018-08-31 10:42:33",
  "updated_at": "2018-08-31 10:42:35", "last_ship_time": "2018-09-02 10:42:33", "shipping_time": "", "receive_time": "",
  "country": "中国", "province": "上海市", "city": "上海市", "town": "长宁区",
  "receiver_name": "~QUJDREVGR0hJSktMTU5PUA==~mock~", "receiver_phone": "$MTM4MDAxMzAwMDA=$mock$",
  "receiver_address": "~5aiE5bGx5YWz6LevKioq5Y+3~mock~", "address": "~5LiK5rW35biC~mock~",
  "receiver_name_mask": "展*", "receiver_phone_mask": "186****3376", "receiver_address_mask": "娄山关路***号",
  "pay_amount": 11.01, "goods_amount": 11.01, "discount_amount": 0, "postage": 0,
  "pay_no": "4200000000000000000000000001", "pay_type": "WEIXIN", "id_card_num": "", "id_card_name": "",
  "logistics_id": 0, "tracking_number": "", "is_lucky_flag": 1, "remark": "", "buyer_memo": "",
  "country_id": 0, "province_id": 25, "city_id": 321, "town_id": 2703,
  "item_list": [{ "goods_id": "2525296157", "sku_id": "51972265894", "outer_id": "SKU-CUP-1", "outer_goods_id": "",
    "goods_name": "测试商品 保温杯", "goods_price": 11.01, "goods_spec": "颜色:白色", "goods_count": 1,
    "goods_img": "https://img.example.invalid/a.jpeg" }],
  "platform_discount": 0, "seller_discount": 0, "capital_free_discount": 0, "stock_out_handle_status": -1,
  "is_stock_out": 0, "invoice_status": 0, "after_sales_status": 0, "is_pre_sale": 0, "pre_sale_time": ""
}`;

/**
 * Hand-built from the reference's field list: three lines, a seller price change (goods_amount
 * below the list sum), seller and platform discounts, postage, money as strings (as some PDD
 * responses send it), a short province name, a sku_id above 2^53 as a bare JSON integer,
 * buyer message, seller memo and flag.
 */
export const multiLineOrderJson = `{
  "order_sn": "261111-100000000000001", "order_status": 1, "refund_status": 1, "confirm_status": 1, "group_status": 1,
  "created_time": "2026-11-11 00:00:05", "pay_time": "2026-11-11 00:00:20", "confirm_time": "2026-11-11 00:00:21",
  "updated_at": "2026-11-11 00:10:00", "last_ship_time": "2026-11-13 00:00:20", "shipping_time": "", "receive_time": "",
  "province": "广西", "city": "南宁市", "town": "青秀区",
  "receiver_name": "", "receiver_phone": "", "receiver_address": "", "address": "",
  "receiver_name_mask": "李*", "receiver_phone_mask": "139****0001", "receiver_address_mask": "民族大道**号",
  "goods_amount": "206.80", "discount_amount": "15.50", "seller_discount": "10.00", "platform_discount": "5.50",
  "capital_free_discount": "0.00", "postage": "8.00", "pay_amount": "199.30",
  "buyer_memo": "周末送货", "remark": "赠品已备", "remark_tag": 3,
  "item_list": [
    { "goods_id": 101, "sku_id": 9007199254740993, "outer_id": "SKU-A", "goods_name": "保温杯", "goods_price": "39.90", "goods_count": 2, "goods_spec": "白色" },
    { "goods_id": 102, "sku_id": "52494558847", "outer_id": "SKU-B", "goods_name": "T恤", "goods_price": "29.80", "goods_count": 3 },
    { "goods_id": 103, "sku_id": "52494558848", "outer_id": "", "outer_goods_id": "G-103", "goods_name": "抹布", "goods_price": "9.90", "goods_count": 4 }
  ]
}`;

/**
 * Hand-built: a deposit presale (`trade_type` 1, `is_pre_sale` 1), shipped and with an
 * after-sale in progress (`order_status` 2, `refund_status` 2), tracking number set.
 */
export const presaleShippedRefundingJson = `{
  "order_sn": "261101-200000000000002", "order_status": 2, "refund_status": 2, "confirm_status": 1, "trade_type": 1,
  "is_pre_sale": 1, "pre_sale_time": "2026-11-05 23:59:59",
  "created_time": "2026-11-01 10:00:00", "pay_time": "2026-11-01 10:01:00", "updated_at": "2026-11-06 09:00:00",
  "shipping_time": "2026-11-06 08:30:00", "last_ship_time": "2026-11-06 23:59:59",
  "province": "浙江省", "city": "杭州市", "town": "西湖区",
  "receiver_name_mask": "王*", "receiver_phone_mask": "137****0002", "receiver_address_mask": "文三路**号",
  "goods_amount": 59, "discount_amount": 0, "postage": 0, "pay_amount": 59,
  "logistics_id": 44, "tracking_number": "SF0000000000002",
  "item_list": [{ "goods_id": 201, "sku_id": "60000000001", "outer_id": "SKU-P", "goods_name": "预售积木", "goods_price": 59, "goods_count": 1 }]
}`;

/**
 * Hand-built: a directly administered county-level city (河南省 济源市) sent with the city empty,
 * fully refunded before shipment (`refund_status` 4).
 */
export const countyRefundedJson = `{
  "order_sn": "261102-300000000000003", "order_status": 1, "refund_status": 4, "confirm_status": 1,
  "created_time": "2026-11-02 08:00:00", "pay_time": "2026-11-02 08:00:30", "updated_at": "2026-11-02 12:00:00",
  "province": "河南省", "city": "", "town": "济源市",
  "receiver_name_mask": "赵*", "receiver_phone_mask": "135****0003", "receiver_address_mask": "济水大道**号",
  "goods_amount": 20.5, "discount_amount": 0.5, "postage": 0, "pay_amount": 20,
  "item_list": [{ "goods_id": 301, "sku_id": "70000000001", "outer_id": "SKU-C", "goods_name": "猫粮", "goods_price": 20.5, "goods_count": 1 }]
}`;
